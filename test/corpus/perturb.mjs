#!/usr/bin/env node
/**
 * npm run perturb: realistic changes that keep a report's meaning, applied to every rendering of the corpus;
 * for each change, the renderings whose errors and warnings differ from the unchanged text's. It finds classes
 * of real input the generator does not make (how most classes of issue 12's later rounds were found); a class
 * found is fixed in the engine and pinned by a unit test, and stays here as a probe.
 *
 *   node test/corpus/perturb.mjs [--only <name>]... [--filter <layout>]... [--dir <corpus>] [--no-build]
 *
 * Prints one line per change: renderings changed, renderings with a new error or warning, and a few examples.
 * Exit status 1 when some change gives a new error or warning.
 */
import path from 'node:path';
import { compiled, values } from './lib/run.mjs';

const { ev, out } = compiled();
const { analyze, ReportDocument } = out('server', 'src', 'engine');
const { pageNumberLines } = out('server', 'src', 'engine', 'tables', 'page-numbers.js');

const PARTS = ['总体情况', '主动公开政府信息情况', '收到和处理政府信息公开申请情况', '政府信息公开行政复议、行政诉讼情况', '存在的主要问题及改进情况', '其他需要报告的事项'];
const NUMERALS = ['一', '二', '三', '四', '五', '六'];
/** A part's title line (Markdown # kept): the numeral and the title's text. */
const PART_RE = new RegExp(`^(#+ )?([一二三四五六])、(${PARTS.map((p) => p.slice(0, 4)).join('|')})`, 'mg');
const renumber = (mark) => (t) => t.replace(PART_RE, (m, h, n, rest) => `${h ?? ''}${mark(NUMERALS.indexOf(n))}${rest}`);
const FIRST_PART = /^(#+ )?一、总体情况.*$/m;
/** The page numbers the engine finds, written another way. */
const pageNumbersAs = (f) => (t) => {
  const lines = t.split('\n');
  const pages = pageNumberLines(lines);
  return lines.map((l, i) => (pages.has(i) ? l.replace(/\d+/, (n) => f(Number(n))) : l)).join('\n');
};
// …and the scrapers' text of the web pages (BeautifulSoup's get_text(), elinks, links: lib/converters.json).
const TEXT = ['markdown', 'web', 'web-plain', 'word', 'bs4', 'bs4-plain', 'bs4-lines', 'bs4-lines-plain', 'elinks', 'elinks-plain', 'links', 'links-plain'];
const PDF = ['pdf-layout', 'pdf-raw', 'mutool', 'pymupdf'];

/** name → [why, layouts it applies to, change]. */
const CHANGES = {
  'contents': ['a table of contents before part 一 (dot leaders, page numbers)', TEXT,
    (t) => t.replace(FIRST_PART, (m) => `目录\n\n${PARTS.map((p, i) => `${NUMERALS[i]}、${p}……………………${i + 1}`).join('\n')}\n\n${m}`)],
  'contents-bare': ['a table of contents of bare part titles', TEXT,
    (t) => t.replace(FIRST_PART, (m) => `目  录\n\n${PARTS.map((p, i) => `${NUMERALS[i]}、${p}`).join('\n')}\n\n${m}`)],
  'next-year-plans': ['sentences about next year\'s plans in part 一', TEXT,
    (t, r) => t.replace(FIRST_PART, (m) => `${m}\n\n${r.year + 1}年，将继续深化政务公开，${r.year + 1}年底前完成目录更新。`)],
  'previous-year': ['sentences about last year\'s report in part 一', TEXT,
    (t, r) => t.replace(FIRST_PART, (m) => `${m}\n\n对照${r.year - 1}年度报告，${r.year - 1}年提出的措施均已落实。`)],
  'contact-footer': ['a contact line after part 六 (phone, postcode)', [...TEXT, ...PDF],
    (t) => t.replace(/\s*$/, '\n\n（联系电话：0591-24311234，地址：人民路1号，邮编：350400）\n')],
  'other-objects': ['counts of other things the agency answers (建议, 来信, 热线工单) in part 一', TEXT,
    (t) => t.replace(FIRST_PART, (m) => `${m}\n\n全年答复人大代表建议12件、政协委员提案8件，收到群众来信23件，办结22件，受理12345热线工单156件。`)],
  'compare-periods': ['the applications compared with last year', TEXT,
    (t) => t.replace(FIRST_PART, (m) => `${m}\n\n收到政府信息公开申请数量较上年增加3件，同比上升5%，上年共受理申请12件。`)],
  'other-years-list': ['a 分别为 list of other years\' counts after a total', TEXT,
    (t, r) => t.replace(FIRST_PART, (m) => `${m}\n\n全年共发布信息300条，连续三年保持增长，${r.year - 2}年、${r.year - 1}年分别为256条、298条。`)],
  'improvement-words': ['part 五 worded 需进一步提升 / 下步', TEXT,
    (t) => t.replace(/^(#+ )?五、存在的主要问题及改进情况.*$/m, (m) => `${m}\n\n政策解读的形式还有提升空间，信息发布的及时性需进一步提升。下步将加大培训力度。`)],
  'part-numbered': ['parts numbered 第一部分', TEXT, renumber((i) => `第${NUMERALS[i]}部分 `)],
  'part-numbered-colon': ['parts numbered 第一部分：', TEXT, renumber((i) => `第${NUMERALS[i]}部分：`)],
  'part-paren': ['parts numbered （一）', TEXT, renumber((i) => `（${NUMERALS[i]}）`)],
  'part-arabic': ['parts numbered 1.', TEXT, renumber((i) => `${i + 1}.`)],
  'part-list-tab': ['Word\'s numbered list copied as text: 一、⇥总体情况', ['web-plain', 'word'], renumber((i) => `${NUMERALS[i]}、\t`)],
  'title-no-year': ['the title without its year', [...TEXT, 'pdf-layout'], (t, r) => t.replace(r.title, r.title.replace(/\d{4}年/, ''))],
  'title-annual': ['the title as …年度政府信息公开工作报告', [...TEXT, 'pdf-layout'],
    (t, r) => t.replace(r.title, r.title.replace(/(\d{4})年政府信息公开工作年度报告/, '$1年度政府信息公开工作报告'))],
  'page-of-pages': ['page numbers as 第 3 页 共 9 页', PDF, pageNumbersAs((n) => `第 ${n} 页 共 9 页`)],
  'page-dashes': ['page numbers as - 3 -', PDF, pageNumbersAs((n) => `- ${n} -`)],
  'running-title': ['the title repeated at the top of every page', PDF, (t, r) => t.replace(/\f/g, `\f                    ${r.title}\n\n`)],
  'running-agency': ['the agency\'s name and the year at the top of every page, far apart', PDF,
    (t, r) => t.replace(/\f/g, `\f${r.agency}                                    ${r.year}年度\n\n`)],
  'page-slash': ['page numbers as 3 / 9', PDF, pageNumbersAs((n) => `${n} / 9`)],
  'indent-ideographic': ['every line indented by two ideographic spaces, as Word and web pages indent paragraphs', TEXT,
    (t) => t.replace(/^(?!\s*$)(?![|#\t])/gm, '\u3000\u3000')],
  'crlf-bom': ['Windows line ends and a byte-order mark', [...TEXT, ...PDF], (t) => `\ufeff${t.replace(/\n/g, '\r\n')}`],
  'nbsp': ['no-break spaces for spaces, as copied from web pages', ['web', 'web-plain', 'markdown'], (t) => t.replace(/ /g, '\u00a0')],
  'zero-width': ['zero-width spaces inside part titles, as some content systems leave them', TEXT,
    (t) => t.replace(PART_RE, (m) => m.replace(/(.)(.)/u, '$1\u200b$2'))],
  'part-dot': ['parts numbered 一． (full-width point) or 一. ', TEXT, renumber((i) => `${NUMERALS[i]}${i % 2 ? '．' : '.'}`)],
  'part-space': ['a space after 一、', TEXT, renumber((i) => `${NUMERALS[i]}、 `)],
  'bold-parts': ['part titles in bold, **一、总体情况**', ['markdown'], (t) => t.replace(/^#+ ([一二三四五六]、.*)$/gm, '**$1**')],
  'signature': ['the agency and a date in Chinese numerals at the end', [...TEXT, ...PDF],
    (t, r) => t.replace(/\s*$/, `\n\n${r.agency}\n二〇${'〇一二三四五六七八九'[Math.floor((r.year + 1) % 100 / 10)]}${'〇一二三四五六七八九'[(r.year + 1) % 10]}年一月二十日\n`)],
  'attachment': ['an attachment list after part 六', TEXT, (t, r) => t.replace(/\s*$/, `\n\n附件：1.${r.year}年政府信息公开工作年度报告（图解）\n      2.政府信息公开申请表\n`)],
  'thousands': ['prose counts of 1000 and more written with a thousands separator (1,286)', TEXT,
    (t) => t.replace(/^(?![|\t]).*$/gm, (l) => (/[，。]/.test(l) ? l.replace(/(?<![\d.,])(\d)(\d{3})(?=[条件篇次个万])/g, '$1,$2') : l))],
  'channels': ['the applications broken down by how they came (网上/当面/信函), summing to the table', TEXT,
    (t, r) => {
      const n = r.tables.table3.new_received?.total;
      if (!(n >= 3)) return t;
      const a = Math.ceil(n / 2), b = Math.floor((n - a) / 2), c = n - a - b;
      return t.replace(FIRST_PART, (m) => `${m}\n\n本年度共收到政府信息公开申请${n}件，其中通过网络平台提交${a}件、当面提交${b}件、信函提交${c}件，按时办结率100%。`);
    }],
  'carry-sentence': ['the applications with last year\'s carried over, those answered and those carried forward', TEXT,
    (t, r) => {
      const t3 = r.tables.table3;
      const [n, c, done, next] = [t3.new_received?.total, t3.carried_over?.total, t3.result_total?.total, t3.carry_forward?.total];
      if ([n, c, done, next].some((x) => typeof x !== 'number')) return t;
      return t.replace(FIRST_PART, (m) => `${m}\n\n加上上年结转的${c}件，共需办理${n + c}件，已办结${done}件，结转下年度继续办理${next}件。`);
    }],
  'percentages': ['growth and shares as percentages', TEXT,
    (t) => t.replace(FIRST_PART, (m) => `${m}\n\n申请数量同比增长12.5%，予以公开（含部分公开）的占58.3%，按期答复率100%。`)],
  'review-sentence': ['the reviews and suits told in prose with their results', TEXT,
    (t, r) => {
      const t4 = r.tables.table4;
      if (!t4.review || typeof t4.review.total !== 'number') return t;
      const suits = (t4.lit_direct?.total ?? 0) + (t4.lit_after_review?.total ?? 0);
      return t.replace(FIRST_PART, (m) => `${m}\n\n全年因政府信息公开被申请行政复议${t4.review.total}件，其中维持${t4.review.upheld ?? 0}件、纠正${t4.review.corrected ?? 0}件；被提起行政诉讼${suits}件。`);
    }],
  'fullwidth-digits': ['prose digits written full-width (１２件)', TEXT,
    (t) => t.replace(/^(?![|\t]).*$/gm, (l) => (/[，。]/.test(l) ? l.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))) : l))],
};

const only = values('only');
const filters = values('filter');
const [dirArg] = values('dir');
const dir = dirArg ? path.resolve(dirArg) : ev.CORPUS;
const truths = ev.readTruths(dir);
/** Errors and warnings as rule/severity, sorted: hints and information may change with the wording. */
const said = (text) => analyze(new ReportDocument(text), { locale: 'zh-cn', incremental: false, fixes: false }).diagnostics
  .filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => `${d.rule} ${d.severity}`).sort();

let failed = 0;
for (const [name, [why, layouts, change]] of Object.entries(CHANGES)) {
  if (only.length && !only.includes(name)) continue;
  let changed = 0;
  const worse = [];
  const lost = [];
  for (const t of truths) {
    for (const [layout, file] of ev.renderingsOf(t, dir)) {
      if (!layouts.includes(layout) || (filters.length && !filters.includes(layout))) continue;
      const text = ev.renderingText(path.join(dir, t.id, file));
      const next = change(text, t);
      if (next === text) continue;
      changed++;
      const before = said(text);
      const after = said(next);
      const added = after.filter((x) => !before.includes(x));
      if (added.length) worse.push(`${t.id}/${layout}: ${[...new Set(added)].join(', ')}`);
      const gone = before.filter((x) => !after.includes(x));
      if (gone.length) lost.push(`${t.id}/${layout}: ${[...new Set(gone)].join(', ')} no longer said`);
    }
  }
  if (worse.length) failed++;
  console.log(`${worse.length ? '✗' : '✓'} ${name.padEnd(20)} ${String(worse.length).padStart(4)} of ${String(changed).padStart(4)} renderings with a new error or warning — ${why}`);
  for (const w of worse.slice(0, 3)) console.log(`      ${w}`);
  if (lost.length) console.log(`      and ${lost.length} with a finding no longer said, e.g. ${lost[0]}`);
}
process.exit(failed ? 1 : 0);
