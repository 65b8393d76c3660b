/**
 * A report as Markdown, the way people and converters write it: pipe tables; some reports with table 四
 * as three small tables under group headings, table 三 cut into two or three tables (a continued table
 * either repeats the header or takes its first row as header), a header row replaced by placeholders.
 */
import { FORMATS } from './format.mjs';
import { cellText } from './docx.mjs';

const row = (cells) => `| ${cells.join(' | ')} |`;
const rule = (n) => row(Array(n).fill('---'));

/** A pipe table: header, separator, body; `placeholder` puts 列1…列N in the header and the real one in the body. */
function pipe(header, body, placeholder = false) {
  const n = header.length;
  if (placeholder) return [row(header.map((_, i) => `列${i + 1}`)), rule(n), row(header), ...body.map(row)];
  return [row(header), rule(n), ...body.map(row)];
}

function table2(r) {
  const f = FORMATS[r.format];
  const body = [];
  for (const sub of f.table2) {
    body.push([sub.title, '', '', '']);
    const pad = (xs) => [...xs, ...Array(4 - xs.length).fill('')];
    const label = (c) => (sub.key === 'art20_1' && c.key === 'repealed' && r.labels.art20_1_repealed) || c.label;
    body.push(pad([sub.label_column, ...sub.columns.map(label)]));
    for (const x of sub.rows) body.push(pad([x.label, ...sub.columns.map((c) => cellText(r, 'table2', x.key, c.key))]));
  }
  const [first, ...rest] = body;
  return pipe(first, rest, r.style.md.placeholderHeader);
}

function table3(r) {
  const f = FORMATS[r.format];
  const md = r.style.md;
  const cols = f.table3Columns;
  const colLabel = (c) => r.labels[c.key] ?? c.label;
  const three = md.labelColumns === 3;
  const header = three ? [f.headerNote, '', '', ...cols.map(colLabel)] : ['项目', ...cols.map(colLabel)];
  const seen = new Set();
  const body = f.table3Rows.filter((x) => r.tables.table3[x.key]).map((x) => {
    const values = cols.map((c) => cellText(r, 'table3', x.key, c.key));
    const label = r.labels.rows?.[x.key] ?? x.label;
    if (!three) return [label, ...values];
    const labels = ['', '', ''];
    x.path.forEach((p, i) => {
      // A parent label only on the first row of its group, as when merged cells are flattened.
      if (i === x.path.length - 1) labels[i] = label;
      else if (!seen.has(p)) { seen.add(p); labels[i] = p; }
    });
    return [...labels, ...values];
  });
  const parts = md.table3Split;
  const size = Math.ceil(body.length / parts);
  const out = [];
  for (let i = 0; i < parts; i++) {
    const chunk = body.slice(i * size, (i + 1) * size);
    if (!chunk.length) continue;
    if (i === 0) out.push(...pipe(header, chunk, md.placeholderHeader));
    else if (r.style.repeatHeader) out.push('', ...pipe(header, chunk));
    else out.push('', ...pipe(chunk[0], chunk.slice(1)));
  }
  return out;
}

function table4(r) {
  const f = FORMATS[r.format];
  const values = (g) => g.columns.map((c) => cellText(r, 'table4', g.key, c.key));
  if (r.style.md.table4Split) {
    const names = { review: '行政复议', lit_direct: '行政诉讼（未经复议直接起诉）', lit_after_review: '行政诉讼（复议后起诉）' };
    return f.table4Groups.flatMap((g, i) => [...(i ? [''] : []), `**${names[g.key]}**`, '', ...pipe(g.columns.map((c) => c.label), [values(g)])]);
  }
  const blank = (n) => Array(n).fill('');
  const header = ['行政复议', ...blank(4), '行政诉讼', ...blank(9)];
  return pipe(header, [
    [...blank(5), '未经复议直接起诉', ...blank(4), '复议后起诉', ...blank(4)],
    f.table4Groups.flatMap((g) => g.columns.map((c) => c.label)),
    f.table4Groups.flatMap(values),
  ]);
}

export function toMarkdown(r) {
  const md = r.style.md;
  const out = [`# ${r.title}`, ''];
  r.sections.forEach((sec, i) => {
    const mark = md.headingMarks === 'none' ? '' : md.headingMarks === 'mixed' ? ['## ', '### ', '', '## '][i % 4] : '## ';
    out.push(mark + sec.title, '');
    for (const b of sec.blocks) {
      if (b.kind === 'table') out.push(...{ table2, table3, table4 }[b.table](r), '');
      else if (b.kind === 'h3') out.push(md.headingMarks === 'none' ? `**${b.text}**` : `### ${b.text}`, '');
      else out.push(b.text, '');
    }
  });
  return out.join('\n');
}
