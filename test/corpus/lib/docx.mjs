/**
 * A report as a Word document in the layout of the national annex (国办公开办函〔2021〕30号 / 〔2019〕60号):
 * A4, 仿宋/宋体 body, 黑体 headings, 方正小标宋 title, the three tables with their merged header cells.
 * The layout varies per report (column widths, font sizes, padding, repeated header rows, page breaks).
 */
import {
  AlignmentType, BorderStyle, Document, Footer, Packer, PageBreak, PageNumber, Paragraph, Table, TableBorders, TableCell,
  TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType,
} from 'docx';
import { FORMATS } from './format.mjs';

const TEXT_WIDTH = 11906 - 1588 - 1474; // A4 minus the official margins, in twips

function font(name) {
  return { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: name };
}

function run(text, style, extra = {}) {
  return new TextRun({ text, font: font(style.font), size: style.size, ...extra });
}

export function cellText(report, table, row, col) {
  const v = report.tables[table]?.[row]?.[col];
  if (v === null || v === undefined) return '';
  return report.texts[`${row}.${col}`] ?? String(v);
}

function makeCell(text, s, o = {}) {
  return new TableCell({
    children: [new Paragraph({ alignment: o.align ?? AlignmentType.CENTER, children: text ? [run(text, s, o.spacing ? { characterSpacing: o.spacing } : {})] : [] })],
    columnSpan: o.colSpan,
    rowSpan: o.rowSpan,
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: s.margin / 2, bottom: s.margin / 2, left: s.margin, right: s.margin },
    ...(s.borderless ? { borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER } } : {}),
    ...(o.width ? { width: { size: o.width, type: WidthType.DXA } } : {}),
  });
}

/** Tables drawn without borders (some agencies' PDFs): the PDF has no ruling lines to find cells by. */
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

function table(rows, widths, s) {
  return new Table({
    rows,
    ...(s.borderless ? { borders: TableBorders.NONE } : {}),
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
  });
}

function table2(report, s) {
  const f = FORMATS[report.format];
  const first = report.style.labelWidth + 1000;
  const rest = Math.floor((TEXT_WIDTH - first) / 3);
  const rows = [];
  for (const sub of f.table2) {
    rows.push(new TableRow({ children: [makeCell(sub.title, s, { colSpan: 4 })] }));
    const span = (i) => (i === sub.columns.length - 1 ? 4 - sub.columns.length : 1);
    const label = (c) => (sub.key === 'art20_1' && c.key === 'repealed' && report.labels.art20_1_repealed) || c.label;
    rows.push(new TableRow({ children: [makeCell(sub.label_column, s), ...sub.columns.map((c, i) => makeCell(label(c), s, { colSpan: span(i) }))] }));
    for (const r of sub.rows) {
      rows.push(new TableRow({
        children: [makeCell(r.label, s), ...sub.columns.map((c, i) => makeCell(cellText(report, 'table2', r.key, c.key), s, { colSpan: span(i), spacing: report.style.digitSpacing }))],
      }));
    }
  }
  return table(rows, [first, rest, rest, rest], s);
}

/** Table 三: the 勾稽 note spanning the label columns, 申请人情况 / 法人或其他组织 spanning, parents merged vertically. */
function table3(report, s) {
  const f = FORMATS[report.format];
  // Value columns wide enough for their longest number on one line (a number wrapped inside its cell
  // cannot be read back from any text); the label columns take the rest, narrowed when needed, and wrap.
  const digits = Math.max(1, ...Object.values(report.tables.table3).flatMap((r) => Object.values(r).map((v) => String(v ?? '').length)));
  const needV = digits * (s.size * 5 + (report.style.digitSpacing ?? 0)) + 2 * s.margin + 160;
  const lw = Math.max(420, Math.min(report.style.labelWidth, Math.floor((TEXT_WIDTH - 7 * needV) / 2.85)));
  const widths0 = [Math.max(420, Math.round(lw * 0.55)), lw, Math.round(lw * 1.3)];
  const valueW = Math.max(needV, Math.floor((TEXT_WIDTH - widths0.reduce((a, b) => a + b, 0)) / 7));
  const widths = [...widths0, ...Array(7).fill(valueW)];
  const cols = f.table3Columns;
  const colLabel = (c) => report.labels[c.key] ?? c.label;
  const head = { tableHeader: report.style.repeatHeader, cantSplit: true };
  const rows = [
    new TableRow({ ...head, children: [makeCell(f.headerNote, s, { colSpan: 3, rowSpan: 3 }), makeCell('申请人情况', s, { colSpan: 7 })] }),
    new TableRow({ ...head, children: [makeCell('自然人', s, { rowSpan: 2 }), makeCell('法人或其他组织', s, { colSpan: 5 }), makeCell('总计', s, { rowSpan: 2 })] }),
    new TableRow({ ...head, children: cols.filter((c) => c.group).map((c) => makeCell(colLabel(c), s)) }),
  ];
  const present = f.table3Rows.filter((r) => report.tables.table3[r.key]);
  // Widened character spacing (字符间距加宽) in the value cells: the PDF text then splits 10 into `1 0`.
  const values = (key) => cols.map((c) => makeCell(cellText(report, 'table3', key, c.key), s, { spacing: report.style.digitSpacing }));
  // How many present rows each parent label spans (for vertical merges).
  const spanOf = (depth, label) => present.filter((r) => r.path.length > depth && r.path[depth] === label).length;
  const seen = new Set();
  for (const r of present) {
    const children = [];
    const label = report.labels.rows?.[r.key] ?? r.label;
    const left = AlignmentType.LEFT;
    if (r.path.length === 1) children.push(makeCell(label, s, { colSpan: 3, align: left }));
    else {
      const top = r.path[0];
      if (!seen.has(top)) { seen.add(top); children.push(makeCell(top, s, { rowSpan: spanOf(0, top) })); }
      if (r.path.length === 2) children.push(makeCell(label, s, { colSpan: 2, align: left }));
      else {
        const mid = r.path[1];
        if (!seen.has(mid)) { seen.add(mid); children.push(makeCell(mid, s, { rowSpan: spanOf(1, mid) })); }
        children.push(makeCell(label, s, { align: left }));
      }
    }
    rows.push(new TableRow({ children: [...children, ...values(r.key)] }));
  }
  return table(rows, widths, s);
}

/** Table 四: 行政复议 / 行政诉讼 spanning, 未经复议直接起诉 / 复议后起诉 under 行政诉讼, one row of 15 numbers. */
function table4(report, s) {
  const f = FORMATS[report.format];
  const w = Math.floor(TEXT_WIDTH / 15);
  s = { ...s, margin: Math.min(s.margin, 60) }; // 15 columns: little padding, or two digits would wrap
  const head = { tableHeader: report.style.repeatHeader, cantSplit: true };
  const [review, direct, after] = f.table4Groups;
  const rows = [
    new TableRow({ ...head, children: [makeCell('行政复议', s, { colSpan: 5 }), makeCell('行政诉讼', s, { colSpan: 10 })] }),
    new TableRow({ ...head, children: [...review.columns.map((c) => makeCell(c.label, s, { rowSpan: 2 })), makeCell(direct.label, s, { colSpan: 5 }), makeCell(after.label, s, { colSpan: 5 })] }),
    new TableRow({ ...head, children: [...direct.columns, ...after.columns].map((c) => makeCell(c.label, s)) }),
    new TableRow({ children: f.table4Groups.flatMap((g) => g.columns.map((c) => makeCell(cellText(report, 'table4', g.key, c.key), s))) }),
  ];
  return table(rows, Array(15).fill(w), s);
}

/** `borderless`: the tables without borders (the corpus's documents have them; see borderless.mjs). */
export async function toDocx(report, { borderless = false } = {}) {
  const st = report.style;
  const body = { font: st.bodyFont, size: st.bodySize };
  const cellStyle = { font: st.tableFont, size: st.tableSize, margin: st.cellMargin, borderless };
  const children = [
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 300 }, children: [run(report.title, { font: '方正小标宋简体', size: 44 })] }),
  ];
  for (const sec of report.sections) {
    if (sec.ordinal === '三' && st.breakBeforeTable3) children.push(new Paragraph({ children: [new PageBreak()] }));
    children.push(new Paragraph({ indent: { firstLine: 640 }, children: [run(sec.title, { font: '黑体', size: body.size })] }));
    for (const b of sec.blocks) {
      if (b.kind === 'table') {
        const make = { table2, table3, table4 }[b.table];
        children.push(make(report, cellStyle));
        children.push(new Paragraph({ children: [] }));
      } else if (b.kind === 'h3') {
        children.push(new Paragraph({ indent: { firstLine: 640 }, children: [run(b.text, { font: '楷体_GB2312', size: body.size }, { bold: true })] }));
      } else {
        children.push(new Paragraph({ indent: { firstLine: 640 }, spacing: { line: 560 }, children: [run(b.text, body)] }));
      }
    }
  }
  const pageNo = st.pageNumbers === 'none' ? undefined : new Footer({
    children: [new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ children: st.pageNumbers === 'dash' ? ['- ', PageNumber.CURRENT, ' -'] : [PageNumber.CURRENT], size: 28 })],
    })],
  });
  const doc = new Document({
    creator: 'gknb corpus',
    sections: [{
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } },
      ...(pageNo ? { footers: { default: pageNo } } : {}),
      children,
    }],
  });
  return Packer.toBuffer(doc);
}
