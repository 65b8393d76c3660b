/**
 * Syntax colouring: our two TextMate grammars (syntaxes/) tokenized by the engine VS Code itself uses —
 * vscode-textmate with the Oniguruma regex library compiled to WebAssembly (vscode-oniguruma), the same
 * versions VS Code 1.100 ships. The standalone grammar (source.gknb, the `gknb` language) is tested on its
 * own; the Markdown injection (markdown.gknb.injection) is tested injected into a minimal hand-written
 * base grammar with the scope name text.html.markdown (test/fixtures/grammar/), and again into VS Code's
 * real built-in Markdown grammar when code-server is installed (.cache/code-server; `npm test` installs it
 * first — without it that part is skipped, never passed).
 *
 * Each assertion names a piece of a line and the scope every token of that piece must (or must not)
 * carry; the scopes are those the grammar generator (syntaxes/generate.mjs) gives: headings
 * markup.heading.{title,section,subsection}.gknb with entity.name.section…, row labels
 * support.type.label.row.gknb, cells constant.numeric.cell.gknb, totals constant.numeric.total.gknb.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { ROOT, FIXTURES } from '../helpers/fixtures';

const SYNTAXES = path.join(ROOT, 'syntaxes');
const STANDALONE = path.join(SYNTAXES, 'gknb.tmLanguage.json');
const INJECTION = path.join(SYNTAXES, 'gknb.markdown-injection.tmLanguage.json');
const FIXTURE_MARKDOWN = path.join(FIXTURES, 'grammar', 'markdown-base.tmLanguage.json');
const BUILTIN_MARKDOWN = path.join(
  ROOT, '.cache', 'code-server', 'node_modules', 'code-server', 'lib', 'vscode',
  'extensions', 'markdown-basics', 'syntaxes', 'markdown.tmLanguage.json',
);

let onigLib: Promise<vsctm.IOnigLib> | undefined;
function loadOniguruma(): Promise<vsctm.IOnigLib> {
  onigLib ??= (async () => {
    const wasm = fs.readFileSync(path.join(path.dirname(require.resolve('vscode-oniguruma')), 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return {
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    };
  })();
  return onigLib;
}

/**
 * A registry as VS Code builds one from the manifest: grammars by scope name, and the injection offered
 * for text.html.markdown (the manifest's `injectTo`). Unknown scopes (the languages Markdown embeds)
 * resolve to nothing, as for an editor without those grammars.
 */
async function loadGrammar(scopeName: string, files: Record<string, string>): Promise<vsctm.IGrammar> {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
  const injections: Record<string, string[]> = {};
  for (const g of manifest.contributes.grammars) {
    for (const target of g.injectTo ?? []) (injections[target] ??= []).push(g.scopeName);
  }
  const registry = new vsctm.Registry({
    onigLib: loadOniguruma(),
    loadGrammar: async (name) => (files[name] ? vsctm.parseRawGrammar(fs.readFileSync(files[name], 'utf8'), files[name]) : null),
    getInjections: (name) => injections[name],
  });
  const grammar = await registry.loadGrammar(scopeName);
  assert.ok(grammar, `grammar ${scopeName} did not load`);
  return grammar;
}

interface Token {
  start: number;
  end: number;
  text: string;
  scopes: string[];
}

/** Tokenizes a document line by line (the state carries over, as in the editor). */
function tokenize(grammar: vsctm.IGrammar, text: string): { line: string; tokens: Token[] }[] {
  let state = vsctm.INITIAL;
  return text.split('\n').map((line) => {
    const r = grammar.tokenizeLine(line, state);
    state = r.ruleStack;
    return {
      line,
      tokens: r.tokens.map((t) => ({ start: t.startIndex, end: Math.min(t.endIndex, line.length), text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes })),
    };
  });
}

type Lines = ReturnType<typeof tokenize>;

function describeLine(l: Lines[number]): string {
  return `“${l.line}”:\n${l.tokens.map((t) => `    “${t.text}” ${t.scopes.join(' ')}`).join('\n')}`;
}

/** The tokens overlapping the n-th occurrence of `piece` in the line that contains it (the first such line). */
function tokensOf(lines: Lines, lineText: string, piece: string, occurrence = 0): { tokens: Token[]; where: string } {
  const l = lines.find((x) => x.line === lineText);
  assert.ok(l, `no line “${lineText}” in the document`);
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = l.line.indexOf(piece, at + 1);
    assert.ok(at >= 0, `“${piece}” (#${occurrence + 1}) is not in “${lineText}”`);
  }
  const end = at + piece.length;
  const tokens = l.tokens.filter((t) => t.start < end && t.end > at);
  assert.ok(tokens.length, `no token covers “${piece}”`);
  return { tokens, where: describeLine(l) };
}

/** Every token of `piece` carries each scope of `scopes`. */
function expectScopes(lines: Lines, lineText: string, piece: string, scopes: string[], occurrence = 0): void {
  const { tokens, where } = tokensOf(lines, lineText, piece, occurrence);
  for (const t of tokens) {
    for (const s of scopes) {
      assert.ok(t.scopes.includes(s), `“${piece}” should have ${s}; got ${t.scopes.join(' ')}\n  in ${where}`);
    }
  }
}

/** No token of the whole line has a scope matching `re`. */
function expectLineWithout(lines: Lines, lineText: string, re: RegExp): void {
  const l = lines.find((x) => x.line === lineText);
  assert.ok(l, `no line “${lineText}” in the document`);
  for (const t of l.tokens) {
    for (const s of t.scopes) assert.ok(!re.test(s), `“${t.text}” should not have a scope like ${re}; got ${s}\n  in ${describeLine(l)}`);
  }
}

/** Any scope our grammars give, except the standalone grammar's root scope (under every token). */
const GKNB_SCOPE = /^(?!source\.gknb$).+\.gknb$/;

const TITLE = '示范县交通运输局2023年政府信息公开工作年度报告';
const SECTIONS = [
  '一、总体情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
];
const PROSE = '2023年，本局认真贯彻落实《中华人民共和国政府信息公开条例》，扎实做好一、总体情况中所列工作。';
const PROSE_STARTING_LIKE_A_SECTION = '总体情况良好，全年主动公开政府信息 326 条。';
const ROW_NEW = '| 一、本年新收政府信息公开申请数量 | 5 | 2 | 0 | 0 | 1 | 0 | 8 |';
const ROW_GRANTED = '| （一）予以公开 | 3 | 1 | 0 | 0 | 0 | 0 | 4 |';
const ROW_TOTAL = '| （七）总计 | 6 | 2 | 0 | 0 | 1 | 0 | 9 |';
const HEADER = '| 申请人情况 | 自然人 | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | 总计 |';
const TABLE2_ROW = '| 行政许可 | 56 |';
const TABLE4_ROW = '| 1 | 2 | 0 | 0 | 3 | 4 | 0 | 0 | 1 | 5 | 0 | 0 | 0 | 0 | 0 |';
const SUB_TABLE = '第二十条第（一）项';
const SUBHEADING = '（一）主动公开';
const TAB_ROW = '一、本年新收政府信息公开申请数量\t5\t2\t0\t0\t1\t0\t8';

/** A report as a writer types it: the pieces above, each in its usual place. */
const REPORT_MD = [
  `# ${TITLE}`,
  '',
  `## ${SECTIONS[0]}`,
  '',
  PROSE,
  '',
  SUBHEADING,
  '',
  PROSE_STARTING_LIKE_A_SECTION,
  '',
  `## ${SECTIONS[1]}`,
  '',
  SUB_TABLE,
  '',
  '| 信息内容 | 本年处理决定数量 |',
  '|---|---|',
  TABLE2_ROW,
  '',
  `## ${SECTIONS[2]}`,
  '',
  HEADER,
  '|---|---|---|---|---|---|---|---|',
  ROW_NEW,
  ROW_GRANTED,
  ROW_TOTAL,
  '',
  `### ${SECTIONS[3]}`,
  '',
  TABLE4_ROW,
  '',
  `**${SECTIONS[4]}**`,
  '',
  SECTIONS[5],
  '',
  '## 附件：会议纪要',
  '',
].join('\n');

/** The assertions both the standalone grammar and the injection must pass (scope names are shared). */
function reportScopes(lines: Lines): void {
  // The title line, with and without `# `.
  expectScopes(lines, `# ${TITLE}`, TITLE, ['markup.heading.title.gknb', 'entity.name.section.title.gknb']);
  expectScopes(lines, `# ${TITLE}`, '# ', ['punctuation.definition.heading.gknb']);
  // The six section headings: ##, ###, bold, bare.
  for (const [i, s] of SECTIONS.entries()) {
    const line = i === 3 ? `### ${s}` : i === 4 ? `**${s}**` : i === 5 ? s : `## ${s}`;
    expectScopes(lines, line, s, ['markup.heading.section.gknb', 'entity.name.section.gknb']);
  }
  expectScopes(lines, `## ${SECTIONS[0]}`, '## ', ['punctuation.definition.heading.gknb']);
  expectScopes(lines, `**${SECTIONS[4]}**`, '**', ['punctuation.definition.bold.gknb']);
  // A sub-heading: its ordinal and its short title.
  expectScopes(lines, SUBHEADING, '（一）', ['markup.heading.subsection.gknb', 'entity.name.section.subsection.gknb']);
  expectScopes(lines, SUBHEADING, '主动公开', ['markup.heading.subsection.gknb', 'entity.name.section.subsection.gknb']);
  // The title of a sub-table of table 二.
  expectScopes(lines, SUB_TABLE, SUB_TABLE, ['entity.name.type.table.gknb']);
  // Table 二: the row label and its number.
  expectScopes(lines, TABLE2_ROW, '行政许可', ['support.type.label.row.gknb']);
  expectScopes(lines, TABLE2_ROW, '56', ['constant.numeric.cell.gknb']);
  // Table 三: header cells, row labels, numbers, the 总计 column and the （七）总计 row.
  expectScopes(lines, HEADER, '自然人', ['support.type.label.column.gknb']);
  expectScopes(lines, HEADER, '总计', ['keyword.other.total.gknb', 'markup.bold.total.gknb']);
  expectScopes(lines, ROW_NEW, '一、本年新收政府信息公开申请数量', ['meta.table.row.gknb', 'support.type.label.row.gknb']);
  expectScopes(lines, ROW_NEW, '5', ['constant.numeric.cell.gknb']);
  expectScopes(lines, ROW_NEW, '8', ['constant.numeric.total.gknb', 'markup.bold.total.gknb']);
  expectScopes(lines, ROW_NEW, '|', ['punctuation.definition.table.gknb'], 2);
  expectScopes(lines, ROW_GRANTED, '（一）予以公开', ['support.type.label.row.gknb']);
  expectScopes(lines, ROW_GRANTED, '4', ['constant.numeric.total.gknb']);
  expectScopes(lines, ROW_TOTAL, '（七）总计', ['keyword.other.total.gknb', 'markup.bold.total.gknb']);
  for (const n of ['6', '2', '9']) expectScopes(lines, ROW_TOTAL, n, ['meta.table.row.total.gknb', 'constant.numeric.total.gknb']);
  // Table 四's data row: the 5th, 10th and 15th numbers are totals, the others plain cells.
  expectScopes(lines, TABLE4_ROW, '3', ['constant.numeric.total.gknb']);
  expectScopes(lines, TABLE4_ROW, '5', ['constant.numeric.total.gknb']);
  expectScopes(lines, TABLE4_ROW, '4', ['constant.numeric.cell.gknb']);
  expectScopes(lines, TABLE4_ROW, '1', ['constant.numeric.cell.gknb']);
  const t4 = tokensOf(lines, TABLE4_ROW, '1', 0);
  assert.ok(!t4.tokens.some((t) => t.scopes.includes('constant.numeric.total.gknb')), `the 1st cell of table 四 is no total\n  in ${t4.where}`);
  // Ordinary prose gets no heading, label or number scopes — even mentioning or starting like a section.
  expectLineWithout(lines, PROSE, GKNB_SCOPE);
  expectLineWithout(lines, PROSE_STARTING_LIKE_A_SECTION, GKNB_SCOPE);
}

describe('syntax colouring (TextMate grammars, tokenized by vscode-textmate + vscode-oniguruma)', function () {
  this.timeout(20000);

  describe('the gknb language (source.gknb)', () => {
    let lines: Lines;
    before(async () => {
      const grammar = await loadGrammar('source.gknb', { 'source.gknb': STANDALONE });
      lines = tokenize(grammar, REPORT_MD);
    });

    it('colours the title, the six section headings (with and without ## / **), sub-headings, table titles, row labels, numbers and totals', () => {
      reportScopes(lines);
    });

    it('tab-separated rows (pasted from Word) get the same label, number and total scopes', async () => {
      const grammar = await loadGrammar('source.gknb', { 'source.gknb': STANDALONE });
      const tabbed = tokenize(grammar, [SUB_TABLE, TAB_ROW, '（七）总计\t6\t2\t0\t0\t1\t0\t9', '信息内容\t本年处理决定数量', '行政许可\t56'].join('\n'));
      expectScopes(tabbed, TAB_ROW, '一、本年新收政府信息公开申请数量', ['support.type.label.row.gknb']);
      expectScopes(tabbed, TAB_ROW, '5', ['constant.numeric.cell.gknb']);
      expectScopes(tabbed, TAB_ROW, '8', ['constant.numeric.total.gknb']);
      expectScopes(tabbed, '（七）总计\t6\t2\t0\t0\t1\t0\t9', '（七）总计', ['keyword.other.total.gknb']);
      expectScopes(tabbed, '（七）总计\t6\t2\t0\t0\t1\t0\t9', '6', ['constant.numeric.total.gknb']);
      expectScopes(tabbed, '行政许可\t56', '行政许可', ['support.type.label.row.gknb']);
      expectScopes(tabbed, SUB_TABLE, SUB_TABLE, ['entity.name.type.table.gknb']);
    });

    it('other headings and other pipe tables get plain heading and table scopes, not the report ones', async () => {
      expectScopes(lines, '## 附件：会议纪要', '附件：会议纪要', ['markup.heading.gknb', 'entity.name.section.gknb']);
      expectLineWithout(lines, '## 附件：会议纪要', /heading\.(title|section|subsection)\.gknb/);
      const grammar = await loadGrammar('source.gknb', { 'source.gknb': STANDALONE });
      const other = tokenize(grammar, ['| 项目 | 数量 |', '|---|---|', '| 会议 | 12 |'].join('\n'));
      expectScopes(other, '|---|---|', '---', ['punctuation.separator.table.gknb']);
      expectScopes(other, '| 会议 | 12 |', '12', ['meta.table.row.gknb', 'constant.numeric.cell.gknb']);
      expectLineWithout(other, '| 会议 | 12 |', /label|total/);
    });

    it('exception comments: the comment and its directive', async () => {
      const grammar = await loadGrammar('source.gknb', { 'source.gknb': STANDALONE });
      const line = '<!-- gknb-disable-next-line row-total -->';
      const t = tokenize(grammar, line);
      expectScopes(t, line, '<!--', ['comment.block.gknb', 'punctuation.definition.comment.gknb']);
      expectScopes(t, line, 'gknb-disable-next-line', ['comment.block.gknb', 'keyword.control.directive.gknb']);
      expectScopes(t, line, 'row-total', ['comment.block.gknb']);
    });
  });

  describe('the Markdown injection (markdown.gknb.injection into text.html.markdown)', () => {
    const markdownGrammars = (base: string) => ({ 'text.html.markdown': base, 'markdown.gknb.injection': INJECTION });

    it('the manifest injects the grammar into text.html.markdown', () => {
      const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
      const g = manifest.contributes.grammars.find((x: { scopeName: string }) => x.scopeName === 'markdown.gknb.injection');
      assert.deepStrictEqual(g.injectTo, ['text.html.markdown']);
      assert.strictEqual(path.resolve(ROOT, g.path), INJECTION);
    });

    it('with a minimal Markdown base grammar: the report lines get the gknb scopes inside the Markdown ones', async () => {
      const lines = tokenize(await loadGrammar('text.html.markdown', markdownGrammars(FIXTURE_MARKDOWN)), REPORT_MD);
      reportScopes(lines);
      // Still Markdown: the base grammar's root scope is under every token.
      expectScopes(lines, `## ${SECTIONS[0]}`, SECTIONS[0], ['text.html.markdown']);
      expectScopes(lines, PROSE, PROSE, ['text.html.markdown', 'meta.paragraph.markdown']);
    });

    it('leaves other Markdown alone: ordinary headings, fenced code and inline code keep their Markdown scopes only', async () => {
      const grammar = await loadGrammar('text.html.markdown', markdownGrammars(FIXTURE_MARKDOWN));
      const doc = ['# 会议纪要', '', '```', SECTIONS[0], ROW_NEW, '```', '', `\`${SECTIONS[0]}\` 是第一部分的标题。`].join('\n');
      const lines = tokenize(grammar, doc);
      expectScopes(lines, '# 会议纪要', '会议纪要', ['markup.heading.markdown', 'entity.name.section.markdown']);
      for (const l of ['# 会议纪要', SECTIONS[0], ROW_NEW, `\`${SECTIONS[0]}\` 是第一部分的标题。`]) expectLineWithout(lines, l, GKNB_SCOPE);
      expectScopes(lines, SECTIONS[0], SECTIONS[0], ['markup.fenced_code.block.markdown']);
    });

    it('with VS Code 1.100’s own Markdown grammar (from code-server), the same scopes', async function () {
      if (!fs.existsSync(BUILTIN_MARKDOWN)) {
        // Only before `npm test`'s setup stage (or `bash test/setup/install-editors.sh`) has run.
        this.skip();
      }
      const grammar = await loadGrammar('text.html.markdown', markdownGrammars(BUILTIN_MARKDOWN));
      const lines = tokenize(grammar, REPORT_MD);
      reportScopes(lines);
      expectScopes(lines, PROSE, PROSE, ['text.html.markdown', 'meta.paragraph.markdown']);
      const other = tokenize(grammar, ['# 会议纪要', '', '```', SECTIONS[0], '```', ''].join('\n'));
      expectLineWithout(other, '# 会议纪要', GKNB_SCOPE);
      expectLineWithout(other, SECTIONS[0], GKNB_SCOPE);
    });
  });
});
