/**
 * `.gknbrc.json`: parsing (comments, positions of problems, one fatal problem for a broken file),
 * ignore globs, the nearest-file lookup, the CLI reading it (--config, --no-config, precedence, exit
 * codes), the compact output against the `$gknb` problem matcher, and the JSON schema being in sync
 * with the manifest.
 */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseConfig, isIgnored, layerRules } from '../../server/src/engine/config';
import { ConfigFiles } from '../../server/src/configFiles';
import { RULE_IDS } from '../../server/src/engine';
import { DIRECTIVE_CODES } from '../../server/src/engine/suppress';
import { ROOT, seed } from '../helpers/fixtures';

const BIN = path.join(ROOT, 'bin', 'gknb.js');
const BROKEN = seed('002').text.replace('(一) 予以公开\t1\t', '(一) 予以公开\t2\t');

function gknb(args: string[], cwd: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, GKNB_LANG: 'zh-cn' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function write(file: string, text: string): string {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
}

describe('.gknbrc.json parsing', () => {
  it('reads rules (ids and aliases), ignore, template and run; comments and trailing commas are fine', () => {
    const { config, problems, fatal } = parseConfig(`{
      // 审核组的统一配置
      "$schema": "./schemas/gknbrc.schema.json",
      "rules": { "row-total": "warning", "标题格式": "off", "unused-disable": "off", },
      /* 草稿不检查 */
      "ignore": ["草稿/**", "*.bak.md"],
      "template": { "style": "pipe", "fill": "zero" },
      "run": "onSave",
    }`);
    assert.deepStrictEqual(problems, []);
    assert.strictEqual(fatal, false);
    assert.deepStrictEqual(config, {
      rules: { 'row-total': 'warning', 'title-format': 'off', 'unused-disable': 'off' },
      ignore: ['草稿/**', '*.bak.md'],
      template: { style: 'pipe', fill: 'zero' },
      run: 'onSave',
    });
  });

  it('a syntax error is one fatal problem at its line, and nothing of the file applies', () => {
    const text = '{\n  "rules": { "row-total": "off" }\n  "run": "off"\n}\n';
    const r = parseConfig(text);
    assert.strictEqual(r.fatal, true);
    assert.strictEqual(r.problems.length, 1);
    assert.strictEqual(r.problems[0].severity, 'error');
    assert.strictEqual(r.problems[0].range.start.line, 2);
    assert.match(r.problems[0].message, /语法错误：缺少逗号“,”（第 3 行第 3 列）。修正之前使用默认设置/);
    assert.deepStrictEqual(r.config.rules, {});
    assert.strictEqual(r.config.run, undefined);
    assert.match(parseConfig(text, 'en').problems[0].message, /syntax error: comma expected \(line 3, column 3\)\. The defaults apply/);
    for (const bad of ['[]', '"rules"', '{ "rules": ', '{ "a": 1 } }', '\u0000']) {
      const p = parseConfig(bad);
      assert.strictEqual(p.fatal, true, bad);
      assert.strictEqual(p.problems.length, 1, bad);
    }
  });

  it('bad entries are warnings on their own position; the rest of the file applies', () => {
    const text = '{\n  "rules": { "row-totals": "off", "cell-missing": "loud", "balance": "hint" },\n  "run": "sometimes",\n  "ignore": "草稿/**",\n  "colour": true\n}';
    const r = parseConfig(text);
    assert.strictEqual(r.fatal, false);
    assert.deepStrictEqual(r.config.rules, { balance: 'hint' });
    assert.deepStrictEqual(r.config.ignore, ['草稿/**']);
    assert.deepStrictEqual(r.problems.map((p) => [p.severity, p.range.start.line, p.range.start.character]), [
      ['warning', 1, 13], ['warning', 1, 50], ['warning', 2, 9], ['warning', 4, 2],
    ]);
    assert.match(r.problems[0].message, /未知的规则“row-totals”/);
    assert.match(r.problems[1].message, /“loud”无效/);
    assert.match(r.problems[2].message, /onType \| onSave \| off/);
    assert.match(r.problems[3].message, /未知的配置项“colour”/);
  });

  it('an empty file configures nothing; a BOM is fine', () => {
    assert.deepStrictEqual(parseConfig(''), { config: { rules: {}, ignore: [], template: {} }, problems: [], fatal: false });
    assert.deepStrictEqual(parseConfig('\ufeff{ "run": "off" }').config.run, 'off');
  });

  it('ignore globs work like .gitignore', () => {
    const c = parseConfig('{ "ignore": ["草稿/**", "*.bak.md", "old/", "旧版", "!旧版/保留.md", "/根目录.md"] }').config;
    const cases: [string, boolean][] = [
      ['草稿/a.md', true], ['x/草稿/a.md', false], ['a.bak.md', true], ['x/y/a.bak.md', true], ['old/a.md', true], ['old', false],
      ['x/old/a.md', true], ['旧版/a.md', true], ['x/旧版/b/a.md', true], ['旧版/保留.md', false], ['根目录.md', true], ['x/根目录.md', false],
      ['报告.md', false], ['2023\\草稿\\a.md', false], ['草稿\\a.md', true],
    ];
    for (const [p, want] of cases) assert.strictEqual(isIgnored(c, p), want, p);
  });

  it('layered severities: later wins, aliases count as their rule', () => {
    assert.deepStrictEqual(layerRules({ 'row-total': 'warning', 'title-format': 'off' }, { 行合计: 'error' }), { 'row-total': 'error', 'title-format': 'off' });
  });

  it('the nearest file wins, alone (files further up are not merged)', () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gknb-cfg-'));
    try {
      write(path.join(tmp, '.gknbrc.json'), '{ "rules": { "row-total": "off", "balance": "off" } }');
      write(path.join(tmp, 'a', 'b', '.gknbrc.json'), '{ "rules": { "row-total": "hint" } }');
      const files = new ConfigFiles('zh-cn');
      assert.strictEqual(files.forFile(path.join(tmp, 'a', 'b', 'c', 'r.md'))?.file, path.join(tmp, 'a', 'b', '.gknbrc.json'));
      assert.deepStrictEqual(files.forFile(path.join(tmp, 'a', 'b', 'r.md'))?.config.rules, { 'row-total': 'hint' });
      assert.deepStrictEqual(files.forFile(path.join(tmp, 'a', 'r.md'))?.config.rules, { 'row-total': 'off', balance: 'off' });
      // Cached until cleared.
      fs.writeFileSync(path.join(tmp, 'a', 'b', '.gknbrc.json'), '{ "rules": { "row-total": "error" } }');
      assert.deepStrictEqual(files.forFile(path.join(tmp, 'a', 'b', 'r.md'))?.config.rules, { 'row-total': 'hint' });
      files.clear();
      assert.deepStrictEqual(files.forFile(path.join(tmp, 'a', 'b', 'r.md'))?.config.rules, { 'row-total': 'error' });
      fs.unlinkSync(path.join(tmp, 'a', 'b', '.gknbrc.json'));
      files.clear();
      assert.strictEqual(files.forFile(path.join(tmp, 'a', 'b', 'r.md'))?.file, path.join(tmp, '.gknbrc.json'));
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });
});

describe('gknb check with .gknbrc.json', () => {
  let tmp: string;
  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gknb-clicfg-'));
    write(path.join(tmp, 'reports', '报告A.txt'), BROKEN);
    write(path.join(tmp, 'reports', '草稿', '草稿B.txt'), BROKEN);
    write(path.join(tmp, 'reports', 'strict', '报告C.txt'), BROKEN);
    write(path.join(tmp, 'reports', '.gknbrc.json'), '{\n  // 审核组统一配置\n  "rules": { "row-total": "warning", "title-format": "off" },\n  "ignore": ["草稿/"],\n}\n');
    write(path.join(tmp, 'reports', 'strict', '.gknbrc.json'), '{ "rules": { "narrative-mismatch": "error" } }');
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const json = (r: { stdout: string }) => JSON.parse(r.stdout) as { file: string; diagnostics: { rule: string; severity: string; line: number }[] }[];
  const sev = (out: ReturnType<typeof json>, file: string, rule: string) => out.find((f) => f.file.endsWith(file))?.diagnostics.find((d) => d.rule === rule)?.severity;

  it('each file gets its nearest configuration; ignored files are not checked', () => {
    const r = gknb(['check', '--format', 'json', 'reports'], tmp);
    assert.strictEqual(r.stderr, '');
    const out = json(r);
    assert.deepStrictEqual(out.map((f) => f.file.split(path.sep).join('/')), ['reports/strict/报告C.txt', 'reports/报告A.txt']);
    assert.strictEqual(sev(out, '报告A.txt', 'row-total'), 'warning');
    assert.strictEqual(sev(out, '报告A.txt', 'title-format'), undefined);
    // The nearer file replaces the one above it: row-total is back to its default there.
    assert.strictEqual(sev(out, '报告C.txt', 'row-total'), 'error');
    assert.strictEqual(sev(out, '报告C.txt', 'title-format'), 'hint');
    const stylish = gknb(['check', 'reports'], tmp).stdout.trim();
    assert.match(stylish, /共检查 2 个文件：.*；1 个文件按配置忽略$/);
  });

  it('--rule beats the file; --config names one file for all; --no-config reads none', () => {
    assert.strictEqual(sev(json(gknb(['check', '--format', 'json', '--rule', 'row-total=error', 'reports/报告A.txt'], tmp)), '报告A.txt', 'row-total'), 'error');
    const named = json(gknb(['check', '--format', 'json', '--config', 'reports/strict/.gknbrc.json', 'reports'], tmp));
    assert.strictEqual(named.length, 3, 'the named file has no ignore globs');
    assert.ok(named.every((f) => f.diagnostics.some((d) => d.rule === 'narrative-mismatch' && d.severity === 'error')));
    const none = json(gknb(['check', '--format', 'json', '--no-config', 'reports'], tmp));
    assert.strictEqual(none.length, 3);
    assert.strictEqual(sev(none, '报告A.txt', 'row-total'), 'error');
    const missing = gknb(['check', '--config', 'nope.json', 'reports'], tmp);
    assert.strictEqual(missing.code, 2);
    assert.match(missing.stderr.trim(), /^gknb: --config nope\.json: 文件不存在$/);
  });

  it('a malformed file: one stderr line with file:line:column, the defaults apply, exit 2, results still printed', () => {
    const dir = path.join(tmp, 'bad');
    write(path.join(dir, '报告.txt'), BROKEN);
    write(path.join(dir, '.gknbrc.json'), '{\n  "rules": {\n    "row-total": "off"\n  \n');
    const r = gknb(['check', '--format', 'json', 'bad'], tmp);
    assert.strictEqual(r.code, 2);
    const lines = r.stderr.trim().split('\n');
    assert.strictEqual(lines.length, 1, r.stderr);
    assert.match(lines[0], /^gknb: bad[\\/]\.gknbrc\.json:5:1: gknb 配置文件有语法错误：缺少右花括号“}”（第 5 行第 1 列）。修正之前使用默认设置$/);
    assert.strictEqual(sev(json(r), '报告.txt', 'row-total'), 'error', 'defaults meanwhile');
    // A bad entry in a good file: a warning line, the rest applies, still exit 2.
    write(path.join(dir, '.gknbrc.json'), '{ "rules": { "row-total": "off", "nope": "off" } }');
    const w = gknb(['check', '--format', 'json', 'bad'], tmp);
    assert.strictEqual(w.code, 2);
    assert.match(w.stderr.trim(), /^gknb: bad[\\/]\.gknbrc\.json:1:34: 未知的规则“nope”/);
    assert.strictEqual(sev(json(w), '报告.txt', 'row-total'), undefined);
  });

  it('--format compact: one line per problem that the $gknb problem matcher of package.json reads', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const matcher = manifest.contributes.problemMatchers.find((m: any) => m.name === 'gknb');
    const re = new RegExp(matcher.pattern.regexp);
    const r = gknb(['check', '--format', 'compact', '--no-config', 'reports/报告A.txt'], tmp);
    const expected = json(gknb(['check', '--format', 'json', '--no-config', 'reports/报告A.txt'], tmp))[0].diagnostics;
    const lines = r.stdout.trim().split('\n');
    assert.strictEqual(lines.length, expected.length);
    lines.forEach((line, i) => {
      const m = re.exec(line);
      assert.ok(m, line);
      const { file, line: ln, column, severity, message, code } = matcher.pattern;
      assert.ok(fs.existsSync(path.join(tmp, m![file])));
      assert.deepStrictEqual([Number(m![ln]), m![severity], m![code]], [expected[i].line, expected[i].severity, expected[i].rule]);
      assert.ok(Number(m![column]) >= 1 && m![message].length > 0);
    });
    assert.strictEqual(r.code, 1);
    // Severities VS Code does not know by name (information, hint) fall back to the matcher's default, info.
    assert.strictEqual(matcher.severity, 'info');
  });
});

describe('the JSON schema of .gknbrc.json', () => {
  it('is generated from the manifest and up to date (node scripts/schema.cjs)', () => {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { render, OUT } = require(path.join(ROOT, 'scripts', 'schema.cjs'));
    assert.strictEqual(fs.readFileSync(OUT, 'utf8'), render(), 'run node scripts/schema.cjs');
  });

  it('knows every rule and the exception codes, with Chinese and English descriptions', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'gknbrc.schema.json'), 'utf8'));
    const rules = schema.properties.rules.properties;
    for (const id of [...RULE_IDS, ...DIRECTIVE_CODES]) {
      assert.ok(rules[id], `schema lacks ${id} (add the gknb.rules.${id} setting, then node scripts/schema.cjs)`);
      assert.match(rules[id].description, /[\u4e00-\u9fff].* — [A-Za-z]/, id);
    }
    assert.deepStrictEqual(schema.properties.run.enum, ['onType', 'onSave', 'off']);
    assert.deepStrictEqual(schema.properties.template.properties.style.enum, ['auto', 'pipe', 'tab', 'cells']);
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.deepStrictEqual(manifest.contributes.jsonValidation, [{ fileMatch: '.gknbrc.json', url: './schemas/gknbrc.schema.json' }]);
  });
});

describe('the manifest and the translations', () => {
  it('every %key% of package.json has a Chinese and an English text; every client string has a Chinese one', () => {
    const manifest = fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8');
    const en = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'));
    const zh = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.zh-cn.json'), 'utf8'));
    for (const [, key] of manifest.matchAll(/"%([^%"]+)%"/g)) {
      assert.ok(en[key], `package.nls.json lacks ${key}`);
      assert.ok(zh[key], `package.nls.zh-cn.json lacks ${key}`);
    }
    const bundle = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8'));
    const dir = path.join(ROOT, 'client', 'src');
    for (const f of fs.readdirSync(dir)) {
      const src = fs.readFileSync(path.join(dir, f), 'utf8');
      for (const [, s] of src.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) assert.ok(bundle[s], `${f}: no Chinese for “${s}”`);
    }
  });

  it('the translations have no stray keys, keep every {n} placeholder and are Chinese; the manifest names the l10n folder', () => {
    const manifestText = fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8');
    const manifest = JSON.parse(manifestText);
    const used = new Set([...manifestText.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]));
    const en = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'));
    const zh = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.zh-cn.json'), 'utf8'));
    // The same keys in both files, each used by the manifest (a stale key is a translation nobody sees).
    assert.deepStrictEqual(Object.keys(zh).sort(), Object.keys(en).sort());
    assert.deepStrictEqual(Object.keys(en).filter((k) => !used.has(k)), []);
    const placeholders = (s: string) => [...s.matchAll(/\{\d+\}/g)].map((m) => m[0]).sort();
    for (const [k, v] of Object.entries<string>(zh)) assert.match(v, /[\u4e00-\u9fff]/, `package.nls.zh-cn.json ${k} is not Chinese: ${v}`);
    // Runtime strings: VS Code reads <l10n>/bundle.l10n.<language>.json; every entry is still used by the client.
    assert.strictEqual(manifest.l10n, './l10n');
    const bundle = JSON.parse(fs.readFileSync(path.join(ROOT, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8'));
    const dir = path.join(ROOT, 'client', 'src');
    const src = fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
    assert.deepStrictEqual([...src.matchAll(/l10n\.t\(\s*(?!')/g)].length, 0, 'l10n.t called with something other than a string literal');
    const calls = new Set([...src.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]));
    for (const [k, v] of Object.entries<string>(bundle)) {
      assert.ok(calls.has(k), `bundle.l10n.zh-cn.json: “${k}” is not used by the client`);
      assert.deepStrictEqual(placeholders(v), placeholders(k), `bundle.l10n.zh-cn.json: “${v}” must keep the placeholders of “${k}”`);
      assert.match(v, /[\u4e00-\u9fff]/, `bundle.l10n.zh-cn.json: “${k}” is not translated`);
    }
  });

  it('declares untrusted and (limited) virtual workspace support', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.strictEqual(manifest.capabilities.untrustedWorkspaces.supported, true);
    assert.strictEqual(manifest.capabilities.virtualWorkspaces.supported, 'limited');
    // The .vsix ships the CLI the gknb task runs and the schema.
    const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(ignore.includes('!dist/cli.js') && ignore.includes('!schemas/*.json'));
  });
});
