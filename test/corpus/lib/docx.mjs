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

/** Structural variants (lib/variants.mjs; absent: the annex's structure). */
const variantsOf = (report) => report.style.variants ?? {};

/** A merged row across the whole table: the section's title, `单位：件`, a `注：` line. */
function spanRow(text, n, s, align = AlignmentType.CENTER) {
  return new TableRow({ children: [makeCell(text, s, { colSpan: n, align })] });
}

function sectionTitle(report, ordinal) {
  return report.sections.find((x) => x.ordinal === ordinal)?.title ?? '';
}

/** Row labels: left-aligned as in the annex, or centred, or distributed (分散对齐). */
function labelAlign(report, fallback) {
  const a = variantsOf(report).labelAlign;
  return a === 'center' ? AlignmentType.CENTER : a === 'distribute' ? AlignmentType.DISTRIBUTE : fallback;
}

function table2(report, s) {
  const f = FORMATS[report.format];
  const v = variantsOf(report);
  const seqW = v.seq === 'table2' ? 600 : 0;
  const first = report.style.labelWidth + 1000;
  const rest = Math.floor((TEXT_WIDTH - first - seqW) / 3);
  const widths = [...(seqW ? [seqW] : []), first, rest, rest, rest];
  const n = widths.length;
  const seq = (text) => (seqW ? [makeCell(text, s)] : []);
  const tables = [];
  let rows = v.titleRow ? [spanRow(sectionTitle(report, '二'), n, s)] : [];
  for (const sub of f.table2) {
    rows.push(new TableRow({ children: [makeCell(sub.title, s, { colSpan: n })] }));
    const span = (i) => (i === sub.columns.length - 1 ? 4 - sub.columns.length : 1);
    const label = (c) => (sub.key === 'art20_1' && c.key === 'repealed' && report.labels.art20_1_repealed) || c.label;
    rows.push(new TableRow({ children: [...seq('序号'), makeCell(sub.label_column, s), ...sub.columns.map((c, i) => makeCell(label(c), s, { colSpan: span(i) }))] }));
    sub.rows.forEach((r, i) => {
      rows.push(new TableRow({
        children: [...seq(v.seqBlank ? '' : String(i + 1)), makeCell(r.label, s, { align: labelAlign(report, AlignmentType.CENTER) }),
          ...sub.columns.map((c, j) => makeCell(cellText(report, 'table2', r.key, c.key), s, { colSpan: span(j), spacing: report.style.digitSpacing }))],
      }));
    });
    // One table per 第二十条 block, as some agencies draw them.
    if (v.t2Separate) { tables.push(table(rows, widths, s)); rows = []; }
  }
  if (rows.length) tables.push(table(rows, widths, s));
  return tables;
}

/**
 * Table 三: the 勾稽 note spanning the label columns, 申请人情况 / 法人或其他组织 spanning, parents merged vertically;
 * or a variant: a 序号 column, a flatter header, fewer label columns, title/unit/note rows, split into two tables.
 */
function table3(report, s) {
  const f = FORMATS[report.format];
  const v = variantsOf(report);
  const L = v.t3LabelColumns ?? 3;
  const seqW = v.seq === 'table3' ? 560 : 0;
  const avail = TEXT_WIDTH - seqW;
  // Value columns wide enough for their longest number on one line (a number wrapped inside its cell
  // cannot be read back from any text); the label columns take the rest, narrowed when needed, and wrap.
  const digits = Math.max(1, ...Object.values(report.tables.table3).flatMap((r) => Object.values(r).map((v) => String(v ?? '').length)));
  const needV = digits * (s.size * 5 + (report.style.digitSpacing ?? 0)) + 2 * s.margin + 160;
  const lw = Math.max(420, Math.min(report.style.labelWidth, Math.floor((avail - 7 * needV) / 2.85)));
  const widths0 = L === 3 ? [Math.max(420, Math.round(lw * 0.55)), lw, Math.round(lw * 1.3)]
    : L === 2 ? [Math.max(420, Math.round(lw * 0.55)), Math.round(lw * 2.3)] : [Math.round(lw * 2.85)];
  const valueW = Math.max(needV, Math.floor((avail - widths0.reduce((a, b) => a + b, 0)) / 7));
  const widths = [...(seqW ? [seqW] : []), ...widths0, ...Array(7).fill(valueW)];
  const n = widths.length;
  const cols = f.table3Columns;
  const colLabel = (c) => report.labels[c.key] ?? c.label;
  const head = { tableHeader: report.style.repeatHeader, cantSplit: true };
  const headSeq = (rowSpan) => (seqW ? [makeCell('序号', s, { rowSpan })] : []);
  const five = cols.filter((c) => c.group);
  const header = () => {
    const note = (rowSpan) => makeCell(f.headerNote, s, { colSpan: L, rowSpan });
    const rows = {
      annex: [
        [...headSeq(3), note(3), makeCell('申请人情况', s, { colSpan: 7 })],
        [makeCell('自然人', s, { rowSpan: 2 }), makeCell('法人或其他组织', s, { colSpan: 5 }), makeCell('总计', s, { rowSpan: 2 })],
        five.map((c) => makeCell(colLabel(c), s)),
      ],
      'no-applicant': [
        [...headSeq(2), note(2), makeCell('自然人', s, { rowSpan: 2 }), makeCell('法人或其他组织', s, { colSpan: 5 }), makeCell('总计', s, { rowSpan: 2 })],
        five.map((c) => makeCell(colLabel(c), s)),
      ],
      names: [[...headSeq(1), note(1), makeCell('自然人', s), ...five.map((c) => makeCell(colLabel(c), s)), makeCell('总计', s)]],
      dash: [[...headSeq(1), note(1), makeCell('自然人', s), ...five.map((c) => makeCell(`${c.group}-${colLabel(c)}`, s)), makeCell('总计', s)]],
    }[v.t3Header ?? 'annex'];
    return rows.map((children) => new TableRow({ ...head, children }));
  };
  const present = f.table3Rows.filter((r) => report.tables.table3[r.key]);
  // Widened character spacing (字符间距加宽) in the value cells: the PDF text then splits 10 into `1 0`.
  const values = (key) => cols.map((c) => makeCell(cellText(report, 'table3', key, c.key), s, { spacing: report.style.digitSpacing }));
  const align = labelAlign(report, AlignmentType.LEFT);
  let number = 0;
  const seqCell = () => (seqW ? [makeCell(v.seqBlank ? '' : String(++number), s)] : []);
  /** The data rows of one table: parents merged vertically over the rows of this table only. */
  const body = (part) => {
    const spanOf = (depth, label) => part.filter((r) => r.path.length > depth && r.path[depth] === label).length;
    const seen = new Set();
    const rows = [];
    for (const r of part) {
      const children = [];
      const label = report.labels.rows?.[r.key] ?? r.label;
      const [top, mid] = r.path;
      if (r.path.length === 1) children.push(makeCell(label, s, { colSpan: L, align }));
      else if (L === 3) {
        if (!seen.has(top)) { seen.add(top); children.push(makeCell(top, s, { rowSpan: spanOf(0, top) })); }
        if (r.path.length === 2) children.push(makeCell(label, s, { colSpan: 2, align }));
        else {
          if (!seen.has(mid)) { seen.add(mid); children.push(makeCell(mid, s, { rowSpan: spanOf(1, mid) })); }
          children.push(makeCell(label, s, { align }));
        }
      } else {
        // Fewer label columns: the middle parent written before each of its rows' labels.
        const own = r.path.length === 3 ? `${mid} ${label}` : label;
        if (L === 2) {
          if (!seen.has(top)) { seen.add(top); children.push(makeCell(top, s, { rowSpan: spanOf(0, top) })); }
        } else if (!seen.has(top)) {
          // One label column: the top parent as a merged row of its own.
          seen.add(top);
          rows.push(new TableRow({ children: [...(seqW ? [makeCell('', s)] : []), makeCell(top, s, { colSpan: n - (seqW ? 1 : 0), align })] }));
        }
        children.push(makeCell(own, s, { align }));
      }
      rows.push(new TableRow({ children: [...seqCell(), ...children, ...values(r.key)] }));
    }
    return rows;
  };
  const k = v.t3SplitAt && v.t3SplitAt < present.length ? v.t3SplitAt : present.length;
  const parts = k < present.length ? [present.slice(0, k), present.slice(k)] : [present];
  const year = report.year;
  return parts.map((part, i) => {
    const rows = [];
    if (i === 0 && v.titleRow) rows.push(spanRow(sectionTitle(report, '三'), n, s));
    if (i === 0 && v.unitRow === 'first') rows.push(spanRow('单位：件', n, s, AlignmentType.RIGHT));
    rows.push(...header(), ...body(part));
    if (i === parts.length - 1 && v.unitRow === 'last') rows.push(spanRow('单位：件', n, s, AlignmentType.RIGHT));
    if (i === parts.length - 1 && v.noteRow) rows.push(spanRow(`注：本表数据统计时间为${year}年1月1日至${year}年12月31日。`, n, s, AlignmentType.LEFT));
    return table(rows, widths, s);
  });
}

/**
 * Table 四: 行政复议 / 行政诉讼 spanning, 未经复议直接起诉 / 复议后起诉 under 行政诉讼, one row of 15 numbers;
 * or a variant: a header of two rows or one, 合计 for 总计, two tables (复议 | 诉讼), title and unit rows.
 */
function table4(report, s) {
  const f = FORMATS[report.format];
  const v = variantsOf(report);
  s = { ...s, margin: Math.min(s.margin, 60) }; // 15 columns: little padding, or two digits would wrap
  const head = { tableHeader: report.style.repeatHeader, cantSplit: true };
  const [review, direct, after] = f.table4Groups;
  const lab = (c) => (c.key === 'total' ? v.t4Total ?? '总计' : c.label);
  const cells = (cs, o = {}) => cs.map((c) => makeCell(lab(c), s, o));
  const prefixed = (g) => g.columns.map((c) => makeCell(`${g.label}${lab(c)}`, s));
  const values = (groups) => new TableRow({ children: groups.flatMap((g) => g.columns.map((c) => makeCell(cellText(report, 'table4', g.key, c.key), s))) });
  const shape = v.t4Header ?? 'annex';
  const headers = {
    annex: {
      all: [[makeCell('行政复议', s, { colSpan: 5 }), makeCell('行政诉讼', s, { colSpan: 10 })],
        [...cells(review.columns, { rowSpan: 2 }), makeCell(direct.label, s, { colSpan: 5 }), makeCell(after.label, s, { colSpan: 5 })],
        cells([...direct.columns, ...after.columns])],
      review: [[makeCell('行政复议', s, { colSpan: 5 })], cells(review.columns)],
      lit: [[makeCell('行政诉讼', s, { colSpan: 10 })], [makeCell(direct.label, s, { colSpan: 5 }), makeCell(after.label, s, { colSpan: 5 })], cells([...direct.columns, ...after.columns])],
    },
    'two-rows': {
      all: [[makeCell('行政复议', s, { colSpan: 5 }), makeCell('行政诉讼', s, { colSpan: 10 })], [...cells(review.columns), ...prefixed(direct), ...prefixed(after)]],
      review: [[makeCell('行政复议', s, { colSpan: 5 })], cells(review.columns)],
      lit: [[makeCell('行政诉讼', s, { colSpan: 10 })], [...prefixed(direct), ...prefixed(after)]],
    },
    'one-row': {
      all: [[...prefixed(review), ...prefixed(direct), ...prefixed(after)]],
      review: [prefixed(review)],
      lit: [[...prefixed(direct), ...prefixed(after)]],
    },
  }[shape];
  const parts = v.t4Split ? [[headers.review, [review]], [headers.lit, [direct, after]]] : [[headers.all, [review, direct, after]]];
  return parts.map(([hs, groups], i) => {
    const n = groups.length * 5;
    const rows = [];
    if (i === 0 && v.titleRow) rows.push(spanRow(sectionTitle(report, '四'), n, s));
    if (i === 0 && v.unitRow === 'first') rows.push(spanRow('单位：件', n, s, AlignmentType.RIGHT));
    rows.push(...hs.map((children) => new TableRow({ ...head, children })), values(groups));
    if (i === parts.length - 1 && v.unitRow === 'last') rows.push(spanRow('单位：件', n, s, AlignmentType.RIGHT));
    return table(rows, Array(n).fill(Math.floor(TEXT_WIDTH / n)), s);
  });
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
    // A title row inside the table may stand instead of the heading above it.
    const titleInTable = st.variants?.titleRow === 'only' && sec.blocks.some((b) => b.kind === 'table');
    if (!titleInTable) children.push(new Paragraph({ indent: { firstLine: 640 }, children: [run(sec.title, { font: '黑体', size: body.size })] }));
    for (const b of sec.blocks) {
      if (b.kind === 'table') {
        const make = { table2, table3, table4 }[b.table];
        for (const t of make(report, cellStyle)) {
          children.push(t);
          children.push(new Paragraph({ children: [] }));
        }
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
