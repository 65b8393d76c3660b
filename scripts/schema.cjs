#!/usr/bin/env node
// Generates schemas/gknbrc.schema.json (the JSON schema of .gknbrc.json that VS Code uses for
// validation, completion and hovers) from the extension manifest: the rules are the `gknb.rules.*`
// settings, with their Chinese and English descriptions from package.nls*.json. A schema only has
// one language, so each description reads “中文 — English”.
//   node scripts/schema.cjs          write the file
//   node scripts/schema.cjs --check  exit 1 when the file is out of date
// test/unit/config.test.ts checks that the file is up to date.
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'schemas', 'gknbrc.schema.json');

function read(name) {
  return JSON.parse(fs.readFileSync(path.join(ROOT, name), 'utf8'));
}

/** Markdown setting text → plain text for a schema description (no links, no emphasis). */
function plain(text) {
  return String(text ?? '')
    .replace(/\s*\[[^\]]*\]\(command:[^)]*\)/g, '')
    .replace(/\*\*/g, '')
    .trim();
}

function both(zh, en) {
  return zh === en ? zh : `${zh} — ${en}`;
}

function buildSchema() {
  const pkg = read('package.json');
  const en = read('package.nls.json');
  const zh = read('package.nls.zh-cn.json');
  const nls = (key) => {
    const k = String(key).replace(/^%|%$/g, '');
    return both(plain(zh[k] ?? en[k] ?? k), plain(en[k] ?? k));
  };
  const props = pkg.contributes.configuration.properties;
  const severity = props['gknb.rules.section-missing'];
  const rules = {};
  for (const [key, p] of Object.entries(props)) {
    if (!key.startsWith('gknb.rules.')) continue;
    const id = key.slice('gknb.rules.'.length);
    rules[id] = { $ref: '#/definitions/severity', description: nls(p.markdownDescription), default: p.default };
  }
  const enumOf = (key) => ({
    type: 'string',
    enum: props[key].enum,
    enumDescriptions: props[key].enumDescriptions.map(nls),
    description: nls(props[key].markdownDescription),
  });
  const style = enumOf('gknb.template.style');
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://gknb.invalid/schemas/gknbrc.schema.json',
    title: both('gknb 配置文件 .gknbrc.json', 'gknb configuration file .gknbrc.json'),
    description: both(
      'gknb 的配置：编辑器和命令行 gknb check 共用，从报告所在目录向上找到的最近一个文件生效，优先于 VS Code 设置。只是数据，不会被执行。',
      'gknb configuration, shared by the editor and the gknb CLI: the nearest file above a report applies and overrides the VS Code settings. Data only, never run.',
    ),
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: {
        type: 'object',
        description: both(
          '各规则的级别（规则编号或别名）。unused-disable、invalid-disable 是关于例外注释的提示。',
          'Severity per rule (id or alias). unused-disable and invalid-disable are about the exception comments.',
        ),
        properties: rules,
        additionalProperties: { $ref: '#/definitions/severity' },
        defaultSnippets: [{ label: 'rule', body: { '${1:row-total}': '${2|off,hint,information,warning,error|}' } }],
      },
      ignore: {
        type: 'array',
        items: { type: 'string', minLength: 1 },
        uniqueItems: true,
        description: both(
          '不检查的文件，通配符相对于本文件所在目录（像 .gitignore：不含 / 的模式匹配任意层级的文件或目录名，以 / 结尾只匹配目录，以 ! 开头重新纳入）。',
          'Files not checked: globs relative to this file\u2019s folder (as in .gitignore: a pattern without / matches a file or folder name at any depth, a trailing / folders only, a leading ! takes files back).',
        ),
        examples: [['草稿/**', '*.bak.md', '!草稿/定稿.md']],
      },
      template: {
        type: 'object',
        additionalProperties: false,
        description: both('插入标准表格和快速修复所插入表格的格式。', 'Tables inserted by Insert Standard Table and by quick fixes.'),
        properties: {
          style: { ...style },
          fill: enumOf('gknb.template.fill'),
        },
      },
      run: enumOf('gknb.run'),
    },
    definitions: {
      severity: {
        type: 'string',
        enum: severity.enum,
        enumDescriptions: severity.enumDescriptions.map(nls),
      },
    },
    defaultSnippets: [{
      label: both('gknb 配置', 'gknb configuration'),
      body: { rules: {}, ignore: [] },
    }],
  };
}

function render() {
  return JSON.stringify(buildSchema(), null, 2) + '\n';
}

module.exports = { buildSchema, render, OUT };

if (require.main === module) {
  const text = render();
  if (process.argv.includes('--check')) {
    const current = fs.existsSync(OUT) ? fs.readFileSync(OUT, 'utf8') : '';
    if (current !== text) {
      console.error('schemas/gknbrc.schema.json is out of date: run node scripts/schema.cjs');
      process.exit(1);
    }
  } else {
    fs.mkdirSync(path.dirname(OUT), { recursive: true });
    fs.writeFileSync(OUT, text);
    console.log(`wrote ${path.relative(process.cwd(), OUT)}`);
  }
}
