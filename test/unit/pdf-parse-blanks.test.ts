/**
 * pdf-parse (thirteenth session): a row's numbers glued into one run. A blank cell leaves the run one count short; where
 * the run has one cut only, into n − 1 counts (000000 for table 三's seven columns: a 0 is a count of its own), that one
 * cell is blank is as sure as in text whose numbers stand apart, which one is not: the row is said like a text browser's
 * short row (cell-missing, a warning naming no column where nothing else in the table could hold the number), never
 * read. Table 四 glued as runs of zeros (0000000000) holds a count per zero: ten for fifteen cells, a whole group blank.
 * Renderings of the committed corpus (r010, r044, r078: a table 三 row's blank; r112: table 四's 复议后起诉 group blank).
 */
import * as assert from 'assert';
import { checkText } from '../../server/src/engine';
import { rendering, Tables, tablesOf, truthOf } from '../helpers/renderings';
import { groupsEveryCutReads, groupsWrongInEveryReading } from '../../server/src/engine/structure/glued';

const cellMissing = (text: string) => checkText(text).diagnostics.filter((d) => d.rule === 'cell-missing').map((d) => ({ severity: d.severity, message: d.message }));
const errorsAndWarnings = (text: string) => checkText(text).diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => d.rule);
const COLUMNS = ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '总计'];

describe('pdf-parse: a glued run one count short for a blank cell (thirteenth session)', () => {
  it('a table 三 run of six zeros for seven columns: a warning for the row, its count quoted, no column named, nothing else said', () => {
    // r044: the page's number (2, alone between pdf-parse's empty lines) stands in the table, well before the row.
    for (const [id, label] of [['r010', '3.补正后申请内容仍不明确'], ['r044', '7.属于行政执法案卷'], ['r078', '3.危及“三安全一稳定”']]) {
      const text = rendering(id, 'pdf-parse.txt');
      const said = cellMissing(text).filter((d) => d.severity !== 'information');
      assert.deepStrictEqual(said.map((d) => d.severity), ['warning'], `${id}: ${JSON.stringify(cellMissing(text))}`);
      assert.ok(said[0].message.includes(label) && said[0].message.includes('只有 6 个数，应有 7 个'), said[0].message);
      assert.ok(!COLUMNS.some((c) => said[0].message.includes(c)), said[0].message);
      assert.deepStrictEqual(errorsAndWarnings(text), ['cell-missing'], id);
    }
  });

  it('a run short with a digit not 0 (100001: six counts, or five with a 10), or a page number not alone on its page: information', () => {
    const text = rendering('r010', 'pdf-parse.txt');
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l === '000000');
    assert.ok(at > 0);
    const other = [...lines.slice(0, at), '100001', ...lines.slice(at + 1)].join('\n');
    assert.deepStrictEqual(errorsAndWarnings(other).filter((r) => r === 'cell-missing'), []);
    // r044's page number 2 with the next page's first line glued on after it (no empty line): which page it ends is not sure.
    const r044 = rendering('r044', 'pdf-parse.txt').split('\n');
    const page = r044.findIndex((l, i) => l === '2' && r044[i + 1] === '');
    assert.ok(page > 0);
    const joined = [...r044.slice(0, page + 1), ...r044.slice(page + 2)].join('\n');
    assert.ok(cellMissing(joined).every((d) => d.severity === 'information'), JSON.stringify(cellMissing(joined)));
  });

  it('table 四 glued as a run of ten zeros: one warning for the table, ten counts of fifteen, no group named', () => {
    const text = rendering('r112', 'pdf-parse.txt');
    const said = cellMissing(text).filter((d) => d.severity !== 'information');
    assert.deepStrictEqual(said.map((d) => d.severity), ['warning'], JSON.stringify(cellMissing(text)));
    assert.ok(said[0].message.includes('只有 10 个数，应有 15 个') && said[0].message.includes('5 格为空'), said[0].message);
    assert.ok(!/复议后起诉|未经复议/.test(said[0].message), said[0].message);
    assert.deepStrictEqual(errorsAndWarnings(text), ['cell-missing']);
  });

  it('a clean report\'s glued tables are never said blank', () => {
    for (const id of ['r001', 'r003', 'r011', 'r017', 'r004', 'r072']) {
      assert.deepStrictEqual(cellMissing(rendering(id, 'pdf-parse.txt')).filter((d) => d.severity !== 'information'), [], id);
    }
  });
});

describe('pdf-parse: table 四 glued into a run no cut reads surely, wrong in every reading (thirteenth session)', () => {
  const rowTotal = (text: string) => checkText(text).diagnostics.filter((d) => d.rule === 'row-total').map((d) => ({ severity: d.severity, message: d.message }));

  it('the groups wrong in every cut of the run, blanks included: 01000 is 1 0 0 0 0 (total fails) or 10 0 0 0 and a blank', () => {
    assert.deepStrictEqual(groupsWrongInEveryReading('000000000001000'), [2]);
    assert.deepStrictEqual(groupsWrongInEveryReading('4010432411000000'), [0]);
    // 00000 / 1000000000: the first group blank and 100000 0 0 0 0 last leave the middle one clean — no group is sure.
    assert.deepStrictEqual(groupsWrongInEveryReading('000001000000000'), []);
    for (const run of ['000000000000000', '000000000001001', '174262923453351251422']) assert.deepStrictEqual(groupsWrongInEveryReading(run), [], run);
  });

  it('said as information naming the group (never an error: a reading with a blank 总计 has no failing total), or the table where no group is sure', () => {
    for (const [id, said] of [['r004', '行政诉讼（复议后起诉）'], ['r038', '行政复议']]) {
      const text = rendering(id, 'pdf-parse.txt');
      const found = rowTotal(text);
      assert.deepStrictEqual(found.map((d) => d.severity), ['information'], `${id}: ${JSON.stringify(found)}`);
      assert.ok(found[0].message.includes(`“${said}”一组都有误`), found[0].message);
      assert.deepStrictEqual(errorsAndWarnings(text), [], id);
    }
    const r072 = rowTotal(rendering('r072', 'pdf-parse.txt'));
    assert.deepStrictEqual(r072.map((d) => d.severity), ['information'], JSON.stringify(r072));
    assert.ok(r072[0].message.includes('没有一种切法使三组总计都成立'), r072[0].message);
  });

  it('a run some cut reads with every group holding (r053: two cuts, both holding) and a run of zeros are no such finding', () => {
    for (const id of ['r053', 'r112', 'r001']) assert.deepStrictEqual(rowTotal(rendering(id, 'pdf-parse.txt')), [], id);
  });
});

describe('pdf-parse: table 四 glued into a run several cuts read with every group holding (fourteenth session)', () => {
  const table4 = (text: string) => tablesOf(text).table4;
  const truth4 = (id: string) => (truthOf(id).tables as unknown as Tables).table4;
  const unread = (cells: Record<string, number | null>) => Object.values(cells).every((v) => v === null);
  const run = (id: string, digits: RegExp) => rendering(id, 'pdf-parse.txt').split('\n').find((l) => digits.test(l))!;

  it('the groups every holding cut reads alike, from the same digits, are read; a group the cuts read two ways is not (r053, r077, r101)', () => {
    // r053 174262923453351251422: …12 5 1 4 22 or …1 2 5 14 22; r077 9333181011315622010: 行政诉讼's first group three ways.
    for (const [id, sure] of [['r053', ['review', 'lit_direct']], ['r101', ['review', 'lit_direct']], ['r077', ['review', 'lit_after_review']]] as const) {
      const text = rendering(id, 'pdf-parse.txt');
      const got = table4(text);
      const want = truth4(id);
      for (const g of Object.keys(want)) {
        if ((sure as readonly string[]).includes(g)) assert.deepStrictEqual(got[g], want[g], `${id} ${g}`);
        else assert.ok(unread(got[g]), `${id} ${g}: ${JSON.stringify(got[g])}`);
      }
      assert.deepStrictEqual(errorsAndWarnings(text), [], id);
    }
    assert.ok(run('r053', /^174262923453351251422$/), 'r053: the run');
  });

  it('read alike means the same digits too; one cut, no cut, or no group alike: nothing from here', () => {
    const row = (digits: string) => ({ table: 'table4' as const, key: 'all', label: { text: '', norm: '', span: { line: 0, start: 0, end: 0 } }, official: '', exactIn: ['2021' as const],
      values: [{ text: digits, norm: digits, span: { line: 0, start: 0, end: digits.length } }], firstLine: 0, lastLine: 0, style: 'spaced' as const });
    assert.deepStrictEqual(groupsEveryCutReads(row('174262923453351251422'))?.groups, [0, 1]);
    assert.deepStrictEqual(groupsEveryCutReads(row('10001113321910102'))?.groups, [2]);
    // One cut only (read as before), none (a defect), or a run of zeros.
    for (const digits of ['000000000000000', '000001000000000', '4010432411000000']) assert.strictEqual(groupsEveryCutReads(row(digits)), undefined, digits);
  });
});
