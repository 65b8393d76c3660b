/** `gknb extract --format xlsx`: read back with exceljs, the workbook holds every cell of `gknb extract`. */
import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { FIXTURES, ROOT } from '../helpers/fixtures';

const BIN = path.join(ROOT, 'bin', 'gknb.js');

function gknb(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, GKNB_LANG: 'zh-cn' } });
}

type Cells = Record<string, Record<string, number | null>>;
interface Extracted { file: string; title: string | null; year: number | null; tables: Record<'table2' | 'table3' | 'table4', Cells> }

/** A cell as exceljs reads it back: empty cells are null. */
function read(v: ExcelJS.CellValue): unknown {
  return v === undefined || v === null || v === '' ? null : v;
}

describe('extract --format xlsx', function () {
  this.timeout(60000);
  let tmp: string;
  let items: Extracted[];
  let wb: ExcelJS.Workbook;
  const inputs = [path.join(FIXTURES, 'seeds'), path.join(FIXTURES, 'layouts')];

  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'gknb-xlsx-'));
    const out = path.join(tmp, 'data.xlsx');
    const r = gknb(['extract', '--format', 'xlsx', '-o', out, ...inputs]);
    assert.strictEqual(r.status, 0, r.stderr);
    items = JSON.parse(gknb(['extract', ...inputs]).stdout);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it('one row per report, one column per cell key, holding every cell of gknb extract', () => {
    const sheet = wb.getWorksheet('报告')!;
    const head = (sheet.getRow(1).values as ExcelJS.CellValue[]).slice(1).map(String);
    assert.deepStrictEqual(head.slice(0, 4), ['文件', '标题', '年度', '表格版本']);
    assert.strictEqual(sheet.actualRowCount, items.length + 1);
    let checked = 0;
    items.forEach((item, i) => {
      const row = sheet.getRow(i + 2).values as ExcelJS.CellValue[];
      const at = (name: string) => read(row[head.indexOf(name) + 1]);
      assert.strictEqual(at('文件'), item.file);
      assert.strictEqual(at('标题'), item.title);
      assert.strictEqual(at('年度'), item.year);
      for (const [table, rows] of Object.entries(item.tables)) {
        for (const [rowKey, cols] of Object.entries(rows)) {
          for (const [col, value] of Object.entries(cols)) {
            const key = `${table}.${rowKey}.${col}`;
            assert.ok(head.includes(key), `column ${key}`);
            assert.strictEqual(at(key), value, `${item.file} ${key}`);
            checked++;
          }
        }
      }
    });
    assert.ok(checked > 500, `${checked} cells compared`);
  });

  it('a sheet per table, a row per report and table row, with the official labels', () => {
    for (const [name, table] of [['表格二', 'table2'], ['表格三', 'table3'], ['表格四', 'table4']] as const) {
      const sheet = wb.getWorksheet(name)!;
      const keys = (sheet.getRow(2).values as ExcelJS.CellValue[]).slice(4).map(String);
      const expected = items.flatMap((it) => Object.entries(it.tables[table]).map(([row, cols]) => ({ file: it.file, row, cols })));
      assert.strictEqual(sheet.actualRowCount, expected.length + 2, name);
      expected.forEach((e, i) => {
        const values = sheet.getRow(i + 3).values as ExcelJS.CellValue[];
        assert.strictEqual(values[1], e.file);
        assert.strictEqual(values[2], e.row);
        for (const [col, v] of Object.entries(e.cols)) assert.strictEqual(read(values[keys.indexOf(col) + 4]), v, `${name} ${e.file} ${e.row}.${col}`);
      });
    }
    const t3 = wb.getWorksheet('表格三')!;
    assert.match(String(t3.getRow(1).getCell(4).value), /自然人/);
  });

  it('needs -o, and never writes over a report it reads', () => {
    const r = gknb(['extract', '--format', 'xlsx', path.join(FIXTURES, 'seeds')]);
    assert.strictEqual(r.status, 2);
    assert.match(r.stderr, /-o data\.xlsx/);
    const copy = path.join(tmp, 'report.txt');
    fs.copyFileSync(path.join(FIXTURES, 'seeds', fs.readdirSync(path.join(FIXTURES, 'seeds'))[0]), copy);
    const before = fs.readFileSync(copy);
    const w = gknb(['check', '--format', 'html', '-o', copy, copy]);
    assert.strictEqual(w.status, 2);
    assert.match(w.stderr, /不会覆盖/);
    assert.deepStrictEqual(fs.readFileSync(copy), before);
  });
});
