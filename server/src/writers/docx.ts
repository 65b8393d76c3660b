/**
 * A report as a Word document for publication: A4 with the margins of GB/T 9704 (党政机关公文格式), the title in
 * 方正小标宋简体, section headings in 黑体, text in 仿宋_GB2312, and the three tables in the official layout of the
 * national annex — merged header cells, the 勾稽 note in table 三's corner, parent labels spanning their rows.
 * Written with the `docx` package from the engine's reading of the report: the prose lines as they are, the
 * tables from the cells the engine found (their own text, blanks kept blank). Rows the report lacks are not
 * invented, so that reading the document back gives the same model and the same diagnostics.
 */
import {
  AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType,
} from 'docx';
import { ReportDocument } from '../engine';
import { FORMATS } from '../engine/format';
import type { ReportModel } from '../engine/model';
import format2021 from '../engine/data/format-2021.json';

/** Fonts as agencies publish (Word and WPS substitute 宋体/黑体/仿宋 where one is not installed). */
export const FONTS = { title: '方正小标宋简体', heading: '黑体', body: '仿宋_GB2312', table: '仿宋_GB2312' };
/** Half-points: 二号 22 pt title, 三号 16 pt text, 五号 10.5 pt tables. */
const SIZE = { title: 44, body: 32, table: 21 };
/** Twips: A4, margins 37/35/28/26 mm. */
const PAGE = { width: 11906, height: 16838, top: 2098, bottom: 1984, left: 1588, right: 1474 };

const run = (text: string, font: string, size: number) => new TextRun({ text, font: { eastAsia: font, ascii: font, hAnsi: font }, size });

function cell(text: string, span: { columnSpan?: number; rowSpan?: number } = {}): TableCell {
  return new TableCell({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, FONTS.table, SIZE.table)] })],
    verticalAlign: VerticalAlign.CENTER,
    ...span,
  });
}

/** The width between the margins, in twips. */
const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** Label columns get the room their labels need; value columns share the rest. */
function table(rows: TableCell[][], labels: number[], values: number): Table {
  const rest = Math.floor((TEXT_WIDTH - labels.reduce((a, b) => a + b, 0)) / values);
  return new Table({
    rows: rows.map((cells) => new TableRow({ children: cells })),
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...labels, ...Array.from({ length: values }, () => rest)],
  });
}

/** The text of each value cell of a row, by column key ('' for a blank or absent cell). */
function values(cells: { column: { key: string }; cell?: { text: string } }[]): Map<string, string> {
  return new Map(cells.map((c) => [c.column.key, c.cell?.text ?? '']));
}

function table2(model: ReportModel): Table | undefined {
  const t = model.table2;
  if (!t) return undefined;
  const subs = FORMATS[model.format ?? '2021'].table2;
  const width = 1 + Math.max(...subs.map((s) => s.columns.length));
  const rows: TableCell[][] = [];
  for (const def of subs) {
    const sub = t.subs.get(def.key);
    if (!sub) continue;
    // The last column takes what is left of the width, as the annex draws 本年处理决定数量 over three columns.
    const spanLast = (i: number) => (i === def.columns.length - 1 && width - 1 > def.columns.length ? { columnSpan: width - def.columns.length } : {});
    rows.push([cell(def.title, { columnSpan: width })]);
    rows.push([cell(format2021.table2[0].label_column), ...def.columns.map((c, i) => cell(c.label, spanLast(i)))]);
    for (const r of def.rows) {
      const row = sub.rows.get(r.key);
      if (!row) continue;
      const v = values(row.cells);
      rows.push([cell(r.label), ...def.columns.map((c, i) => cell(v.get(c.key) ?? '', spanLast(i)))]);
    }
  }
  return rows.length ? table(rows, [2400], width - 1) : undefined;
}

function table3(model: ReportModel): Table | undefined {
  const t = model.table3;
  if (!t) return undefined;
  const f = FORMATS[model.format ?? '2021'];
  const columns = f.table3Columns;
  const grouped = columns.filter((c) => format2021.table3.columns.find((x) => x.key === c.key)?.group);
  const rows: TableCell[][] = [
    [cell(format2021.table3.header_note, { columnSpan: 3, rowSpan: 3 }), cell(format2021.table3.column_group, { columnSpan: columns.length })],
    [cell(columns[0].label, { rowSpan: 2 }), cell(format2021.table3.columns[1].group!, { columnSpan: grouped.length }), cell(columns[columns.length - 1].label, { rowSpan: 2 })],
    grouped.map((c) => cell(c.label)),
  ];
  const present = f.table3Rows.filter((r) => t.rows.has(r.key));
  const results = present.filter((r) => r.path.length > 1);
  for (const r of present) {
    const v = values(t.rows.get(r.key)!.cells);
    const labels: TableCell[] = [];
    if (r.path.length === 1) labels.push(cell(r.path[0], { columnSpan: 3 }));
    else {
      // Parent labels span the rows of their group (三、本年度办理结果 all result rows; （三）不予公开 its eight).
      if (r === results[0]) labels.push(cell(r.path[0], { rowSpan: results.length }));
      if (r.path.length === 2) labels.push(cell(r.path[1], { columnSpan: 2 }));
      else {
        const group = results.filter((x) => x.path[1] === r.path[1]);
        if (r === group[0]) labels.push(cell(r.path[1], { rowSpan: group.length }));
        labels.push(cell(r.path[2]));
      }
    }
    rows.push([...labels, ...columns.map((c) => cell(v.get(c.key) ?? ''))]);
  }
  return table(rows, [1000, 1000, 2000], columns.length);
}

function table4(model: ReportModel): Table | undefined {
  const t = model.table4;
  if (!t || !t.groups.size) return undefined;
  const groups = FORMATS[model.format ?? '2021'].table4Groups;
  const review = groups.filter((g) => !g.parent);
  const suits = groups.filter((g) => g.parent);
  const cols = groups[0].columns;
  const data = groups.flatMap((g) => {
    const v = values(t.groups.get(g.key)?.cells ?? []);
    return g.columns.map((c) => cell(v.get(c.key) ?? ''));
  });
  return table([
    [cell(review[0].label, { columnSpan: cols.length * review.length }), cell(suits[0].parent!, { columnSpan: cols.length * suits.length })],
    [...cols.map((c) => cell(c.label, { rowSpan: 2 })), ...suits.map((g) => cell(g.label, { columnSpan: cols.length }))],
    suits.flatMap((g) => g.columns.map((c) => cell(c.label))),
    data,
  ], [], cols.length * groups.length);
}

/** Lines that are no text of the report: blank, a pipe table's |---| row, a comment (gknb's exceptions). */
const NOT_TEXT = /^\s*$|^\s*\|?[\s:|-]*-{3,}[\s:|-]*$|^\s*<!--.*-->\s*$/;

export async function writeDocx(text: string): Promise<Uint8Array> {
  const doc = new ReportDocument(text);
  const model = doc.getModel();
  const lines = doc.getLines();
  const tables: { first: number; last: number; make: () => Table | undefined }[] = [];
  if (model.table2) tables.push({ first: model.table2.firstLine, last: model.table2.lastLine, make: () => table2(model) });
  if (model.table3) tables.push({ first: model.table3.firstLine, last: model.table3.lastLine, make: () => table3(model) });
  if (model.table4) tables.push({ first: model.table4.firstLine, last: model.table4.lastLine, make: () => table4(model) });
  const headings = new Set(model.sections.map((s) => s.headingSpan.line));
  const note = format2021.table3.header_note;
  const children: (Paragraph | Table)[] = [];
  for (let i = 0; i < lines.length; i++) {
    const t = tables.find((x) => x.first <= i && i <= x.last);
    if (t) {
      const made = t.make();
      if (made) children.push(made);
      i = t.last;
      continue;
    }
    const line = lines[i];
    if (NOT_TEXT.test(line)) continue;
    const plain = line.replace(/^\s*#{1,6}\s+/, '').trim();
    // The 勾稽 note is printed inside table 三.
    if (model.table3 && plain === note) continue;
    if (model.title && i === model.title.span.line) {
      children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 320 }, children: [run(plain, FONTS.title, SIZE.title)] }));
    } else if (headings.has(i)) {
      children.push(new Paragraph({ indent: { firstLine: 640 }, children: [run(plain, FONTS.heading, SIZE.body)] }));
    } else {
      children.push(new Paragraph({ indent: { firstLine: 640 }, spacing: { line: 560, lineRule: 'exact' }, children: [run(plain, FONTS.body, SIZE.body)] }));
    }
  }
  const document = new Document({
    title: model.title?.text,
    sections: [{
      properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right } } },
      children,
    }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
