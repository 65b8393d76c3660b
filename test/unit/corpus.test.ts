/**
 * The generated corpus (test/corpus/, issue 12): each truth.json is internally consistent, and the engine's
 * figures on every rendering: exact where the layout keeps each cell in place, floors for PDF text.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CORPUS, evaluateCorpus, evaluateText, figures, readTruths, RenderingResult, Truth } from '../helpers/corpusEval';

const truths = readTruths();

type Cells = Record<string, Record<string, number | null>>;
const APPLICANTS = ['natural_person', 'commercial', 'research', 'social_welfare', 'legal_service', 'other'];
const GROUP = ['upheld', 'corrected', 'other', 'pending'];
const RESULT_2021 = [
  'granted', 'partial', 'deny_secret', 'deny_law', 'deny_3s1w', 'deny_third', 'deny_internal', 'deny_process', 'deny_casefile',
  'deny_query', 'unable_nohold', 'unable_make', 'unable_unclear', 'np_petition', 'np_repeat', 'np_publication', 'np_massive',
  'np_confirm', 'oth_no_fix', 'oth_no_fee', 'oth_other',
];
const RESULT_2019 = [...RESULT_2021.slice(0, 18), 'oth_process'];

const sum = (xs: (number | null)[]) => xs.reduce<number>((a, b) => a + (b ?? 0), 0);

/** Written apart from the generator's checker (test/corpus/lib/arith.mjs), so the two check each other. */
function brokenSums(t: Truth): string[] {
  const out: string[] = [];
  const t3: Cells = t.tables.table3;
  const known = (xs: (number | null | undefined)[]) => xs.every((x) => typeof x === 'number');
  for (const [row, c] of Object.entries(t3)) {
    const parts = APPLICANTS.map((k) => c[k]);
    if (known([...parts, c.total]) && sum(parts) !== c.total) out.push(`row-total table3 ${row}`);
  }
  const results = t.format === '2021' ? RESULT_2021 : RESULT_2019;
  for (const col of [...APPLICANTS, 'total']) {
    const parts = results.map((k) => t3[k]?.[col]);
    if (results.every((k) => t3[k]) && known([...parts, t3.result_total?.[col]]) && sum(parts as number[]) !== t3.result_total[col]) out.push(`result-total ${col}`);
    const [a, b, r, d] = ['new_received', 'carried_over', 'result_total', 'carry_forward'].map((k) => t3[k]?.[col]);
    if (known([a, b, r, d]) && a! + b! !== r! + d!) out.push(`balance ${col}`);
  }
  for (const [g, c] of Object.entries(t.tables.table4)) {
    if (known([...GROUP.map((k) => c[k]), c.total]) && sum(GROUP.map((k) => c[k])) !== c.total) out.push(`row-total table4 ${g}`);
  }
  return out;
}

function read(t: Truth, layout: string): string {
  return fs.readFileSync(path.join(CORPUS, t.id, t.renderings[layout]), 'utf8');
}

describe('corpus: truth.json', () => {
  it('has at least 100 reports, both formats, clean ones and every defect class', () => {
    assert.ok(truths.length >= 100, `only ${truths.length} reports in test/corpus/reports`);
    assert.deepStrictEqual([...new Set(truths.map((t) => t.format))].sort(), ['2019', '2021']);
    const classes = new Set(truths.flatMap((t) => t.defects.map((d) => d.class)));
    for (const c of ['t3-row-total', 't4-row-total', 'balance', 'missing-row', 'blank-cell', 'missing-section', 'missing-fee', 'section-order', 'prose-mismatch', 'prose-sum', 'format-outdated', 'format-newer', 'label-nonstandard', 'label-typo', 'missing-table', 'improvement-missing', 'section-empty']) {
      assert.ok(classes.has(c), `no report with defect ${c}`);
    }
    assert.ok(truths.filter((t) => !t.defects.length).length >= truths.length / 3, 'too few clean reports');
  });

  it('every rendering named is there and is text', () => {
    for (const t of truths) {
      assert.ok(Object.keys(t.renderings).length >= 3, t.id);
      for (const layout of Object.keys(t.renderings)) assert.match(read(t, layout), /政府信息公开/, `${t.id}/${layout}`);
    }
  });

  it('clean reports: tables add up, no blank cell, nothing expected', () => {
    for (const t of truths.filter((x) => !x.defects.length)) {
      assert.deepStrictEqual(brokenSums(t), [], t.id);
      for (const table of Object.values(t.tables)) for (const row of Object.values(table)) for (const v of Object.values(row)) assert.strictEqual(typeof v, 'number', t.id);
      assert.deepStrictEqual(t.expected, [], t.id);
      assert.strictEqual(t.format, t.year >= 2021 ? '2021' : '2019', t.id);
    }
  });

  it('defect reports: the defect is really in the report, and the expected diagnostics name it', () => {
    for (const t of truths.filter((x) => x.defects.length)) {
      assert.strictEqual(t.defects.length, 1, t.id);
      const d = t.defects[0] as { class: string; table?: string; row?: string; column?: string; text?: string; section?: string; stated?: number };
      const rules = t.expected.map((e) => e.rule);
      if (d.class !== 'label-typo') assert.ok(rules.length > 0, `${t.id}: a defect with nothing expected`);
      const broken = brokenSums(t);
      const md = read(t, 'markdown');
      switch (d.class) {
        case 't3-row-total': assert.ok(broken.includes(`row-total table3 ${d.row}`), `${t.id}: ${broken}`); break;
        case 't4-row-total': assert.deepStrictEqual(broken, [`row-total table4 ${d.row}`], t.id); break;
        case 'balance': assert.deepStrictEqual(broken, [`balance ${d.column}`, 'balance total'], t.id); break;
        case 'missing-row': assert.ok(!(d.row! in t.tables.table3) && rules.includes('row-missing'), t.id); break;
        case 'blank-cell': {
          const cells = (t.tables as Record<string, Cells>)[d.table!][d.row!];
          if (d.column) assert.strictEqual(cells[d.column], null, t.id);
          else assert.ok(Object.values(cells).every((v) => v === null), t.id);
          assert.ok(rules.includes('cell-missing'), t.id);
          break;
        }
        case 'label-nonstandard': assert.ok(md.includes(d.text!) && rules.includes('label-nonstandard'), t.id); break;
        case 'missing-section': assert.ok(!new RegExp(`^(#+ )?${d.section}、`, 'm').test(md), t.id); break;
        case 'missing-fee': assert.ok(t.year >= 2021 && !/信息处理费|收费|费用/.test(md.slice(md.lastIndexOf('六、'))), t.id); break;
        case 'section-order': assert.ok(md.indexOf('六、其他需要报告的事项') < md.search(/五、存在的主要问题/), t.id); break;
        case 'prose-mismatch': assert.ok(md.includes(`${d.stated}件`) && t.tables.table3.new_received.total !== d.stated, t.id); break;
        case 'label-typo': assert.ok(md.includes(d.text!) && rules.length === 0, t.id); break;
        case 'missing-table': assert.ok(Object.keys(t.tables.table4).length === 0 && !md.includes('结果维持') && rules.includes('table-missing'), t.id); break;
        case 'improvement-missing': {
          const five = md.slice(md.search(/五、存在的主要问题/), md.indexOf('六、其他需要报告的事项'));
          assert.ok(!/下一步|加强|提升|完善|推进|措施|整改|计划|思路/.test(five.split('\n').slice(1).join('\n')) && rules.includes('improvement-missing'), t.id);
          break;
        }
        case 'section-empty': assert.ok(rules.includes('section-empty'), t.id); break;
        case 'prose-sum': assert.ok(rules.includes('narrative-sum'), t.id); break;
        case 'format-outdated': assert.ok(t.year >= 2021 && t.format === '2019' && 'centralized_procurement' in t.tables.table2, t.id); break;
        case 'format-newer': assert.ok(t.year < 2021 && t.format === '2021' && 'oth_no_fix' in t.tables.table3, t.id); break;
        default: assert.fail(`${t.id}: unknown defect ${d.class}`);
      }
      if (!['t3-row-total', 't4-row-total', 'balance'].includes(d.class)) assert.deepStrictEqual(broken, [], `${t.id}: only the injected defect`);
    }
  });
});

describe('corpus: the engine on every rendering (issue 12)', () => {
  // Every rendering of every report (about 3000, several seconds). Layouts that keep each cell in its place are
  // read exactly: all cells, no false error or warning, every expected diagnostic and every mutant found.
  // PDF layout text keeps positions only approximately, yet every rendering here is read exactly (a row it
  // could not place would be left unread, never guessed). Plain pdftotext (copied from a viewer) loses blank
  // cells and scrambles rows at page breaks: it must not err either; what it reads has floors, measured here.
  // …and the Markdown that HTML converters make of the web pages (test/corpus/lib/converters.json), and w3m's dumps
  // (its tables keep every cell's column; a Chinese character is two columns wide).
  const EXACT = ['markdown', 'web', 'web-plain', 'word', 'pdf-layout', 'html2text', 'html2text-plain', 'pandoc', 'pandoc-plain', 'turndown', 'turndown-plain', 'w3m', 'w3m-plain',
    // …elinks' and links' dumps likewise (links keeps a wide table's rows on one line past its 80 columns).
    'elinks', 'elinks-plain', 'links', 'links-plain',
    // …and the text the Word tools make of the .docx itself (test/corpus/lib/wordtools.mjs).
    'pandoc-docx-gfm', 'pandoc-docx-md', 'pandoc-docx-grid', 'pandoc-docx-plain', 'mammoth-html', 'mammoth-turndown', 'python-docx', 'docx2txt'];
  const PDF_RAW = { cellsExactPct: 99.88, expectedFoundPct: 100, mutantRecallPct: 100 };
  // lynx's dumps at 80 columns write a blank cell as nothing at all (each cell a paragraph of its own, or cells one
  // space apart): a row with one is left unread (how many cells are blank, not which), so its cells cannot be had;
  // its blank is a warning for the row, no column named, where nothing else in the table could explain the row
  // (cell-missing.somewhere, test/unit/blank-somewhere.test.ts: 93.8% → 100% found); the floors are today's figures.
  const TEXT_DUMPS: Record<string, { cellsExactPct: number; expectedFoundPct: number; mutantRecallPct: number }> = {
    lynx: { cellsExactPct: 99.88, expectedFoundPct: 100, mutantRecallPct: 100 },
    'lynx-plain': { cellsExactPct: 99.92, expectedFoundPct: 100, mutantRecallPct: 100 },
    // The PDF text tools of scrapers and AI pipelines (test/corpus/lib/pdftools.json): one cell per line (mutool,
    // PyMuPDF), a row's numbers glued into one run cut only where one cut holds (pdf-parse), tables column by
    // column whose numbers no label can be given (pdfminer: read by the counts per page and the sums where they
    // leave one reading, tables/columnwise.ts; the rest left unread, its prose still checked). A short row's blank is a
    // warning for the row also with a page break elsewhere in the table, and table 四's one row short of its fifteen a
    // warning for the table (test/unit/blank-somewhere.test.ts: mutool 93.8% → 100%, PyMuPDF 95.3% → 98.4% found).
    mutool: { cellsExactPct: 99.8, expectedFoundPct: 100, mutantRecallPct: 100 },
    // (98.4 → 100 found: the page's number unmarked right before table 三's header repeated is a page end, r044;
    // test/unit/blank-somewhere.test.ts.)
    pymupdf: { cellsExactPct: 99.88, expectedFoundPct: 100, mutantRecallPct: 100 },
    // pdf-parse: a glued run one count short (000000) said as a row's blank (test/unit/pdf-parse-blanks.test.ts: 87.7% → 93.8% found).
    // (98.39 → 98.53: table 四's groups every holding cut of a glued run reads alike, test/unit/pdf-parse-blanks.test.ts.)
    'pdf-parse': { cellsExactPct: 98.53, expectedFoundPct: 93.8, mutantRecallPct: 92.9 },
    // (→ 59.22: a column's label right before its run names it, one defect read with first rows given across or with a
    // column's balance off, a row the agency left out read without it; test/unit/columnwise.test.ts.)
    // (→ 61.18: table 二's one-column sub-tables read by their header's box, a page cut into bands in header order;
    // test/unit/columnwise-table2.test.ts.)
    // (Reading the rows every weighed reading read alike, 61.18 → 71.85, was withdrawn in the twelfth session: rows so
    // read were wrong on fresh seeds 2100 r024 and 3300 r020, test/unit/unseen-seeds.test.ts.)
    // (→ 56.41, expected found 73.8 → 69.2, mutant recall 78.9 → 75.4 in the thirteenth session, two withdrawals for
    // cells read wrong on fresh seeds: a page of zeros names no column, so it no longer makes a majority of the pages in
    // header order — r016 and r107 were read on one page of the two that name columns, as 2100 r009 was, wrongly; and
    // the columns under 法人或其他组织 that no label names are not told apart by their runs' order — 2600 r009 gave
    // 科研机构's run where 法律服务机构's stands on both its pages that tell: a row where they differ is unread, and with
    // it r006's balances and r110's absent row. column-runs.ts, columnwise.ts, test/unit/unseen-seeds.test.ts.)
    // (56.41 → 56.43: table 二's sub-tables given column by column, each header before its run, tables/columnwise-table2.ts.)
    // (→ 62.09, expected found 70.7, mutant recall 77.1 in the fifteenth session: pages grounded in header order by
    // pdfminer's layout law name the columns again — 总计's run last only where no applicant run equals it — and the
    // runs of other pages are placed by the sums where no block or band cut of them reads otherwise. column-runs.ts,
    // columnwise.ts, run-order-grounds.ts.)
    // (→ 72.19 in the sixteenth session: table 三's rows of zeros in every cut of their pages whose 总计 column holds its
    // sums, where no one reading settles the table (one applicant column alone equal to 总计: which, nothing says),
    // tables/zero-rows.ts; table 二's （一） after its row labels' box as column runs in header order, columnwise-table2.ts.)
    // (Expected found 70.7 → 76.9, mutant recall 77.1 → 84.2: a row left out proven absent though the table is unread,
    // its label's own characters nowhere in part 三 and its counts one row short, rules/absent-rows.ts, test/unit/absent-rows.test.ts.)
    // (→ 73.07 in the seventeenth session: table 二's several-column block right after its row labels and header in either
    // order, the header on one baseline or the page's number between, as column runs in header order, columnwise-table2.ts.)
    // (Expected found 76.9 → 84.6 in the eighteenth session: a row's total or the 总计 column's balance failing in every
    // reading of an unread table, tables/proven-sums.ts, test/unit/proven-sums.test.ts.)
    // (73.07 → 73.19: a reading's totals in one run, 总计 being one column, fresh seed 9500 r009, test/unit/zero-rows.test.ts.)
    // (84.6 → 80.0 the same session: no proof where a page's own number may stand for a blank cell, fresh seed 9713 r010.)
    pdfminer: { cellsExactPct: 73.19, expectedFoundPct: 80.0, mutantRecallPct: 84.2 },
    // mammoth's own Markdown leaves an empty cell out: a row missing one value cannot be placed (one information).
    'mammoth-md': { cellsExactPct: 99.8, expectedFoundPct: 98.4, mutantRecallPct: 98.2 },
    // BeautifulSoup's get_text() (scrapers): of the LibreOffice page, cells between empty lines, a blank cell a few more
    // of them (a row with one is left unread, as lynx's); of the content-system page, a cell per line (all read but a
    // blank group of table 四 whose empty lines run into the table's end). get_text('\n', strip=True) writes no empty
    // line at all: a blank cell leaves nothing (its row unread but where the sums place it), and a number of the prose
    // in another font stands on a line of its own, put back into its sentence between its words and its unit.
    bs4: { cellsExactPct: 99.88, expectedFoundPct: 93.8, mutantRecallPct: 92.9 },
    'bs4-plain': { cellsExactPct: 99.95, expectedFoundPct: 98.4, mutantRecallPct: 98.2 },
    'bs4-lines': { cellsExactPct: 99.88, expectedFoundPct: 93.8, mutantRecallPct: 92.9 },
    'bs4-lines-plain': { cellsExactPct: 99.88, expectedFoundPct: 93.8, mutantRecallPct: 92.9 },
  };
  // The web pages printed to PDF in Chromium, with and without the browser's header and footer (test/corpus/lib/printpdf.json):
  // tables reflowed to the page's width. Not yet read exactly: today's figures are floors for what is read right
  // and ceilings for false findings, which only go down (pdftotext -layout of either page is nearly exact; plain
  // pdftotext, its tables given column by column, much less — with no false finding).
  const PRINTED: Record<string, { cellsExactPct: number; expectedFoundPct: number; mutantRecallPct: number; falseErrors: number; falseWarnings: number }> = {
    'print-layout': { cellsExactPct: 99.95, expectedFoundPct: 98.4, mutantRecallPct: 98.2, falseErrors: 0, falseWarnings: 0 },
    'print-bare-layout': { cellsExactPct: 99.95, expectedFoundPct: 98.4, mutantRecallPct: 98.2, falseErrors: 0, falseWarnings: 0 },
    // (28.31 → 28.27: r085's two litigation groups, which plain pdftotext gives in an order their sums do not settle,
    // are left unread instead of read with two numbers swapped and two false row-total errors.)
    // (28.27 → 36.27: table 三 read whole where its numbers are one row per row in order, every sum holding, structure/stream-order.ts.)
    // (36.27 → 36.93: table 二's one-column sub-tables after their headers, tables/columnwise-table2.ts.)
    // (36.27 → 57.23: table 三 read from poppler's blocks of rows — bands column by column, the first column beside the
    // labels, a page's totals at its foot — where exactly one table keeps every sum: test/unit/print-raw-bands.test.ts.) Both: 57.89.
    // (57.89 → 67.36: a table with one defect read where one row's 总计, or a cell and its 总计, explain every broken sum;
    // rows cut from glued runs; few rows found by label; a table of zeros: test/unit/print-raw-bands.test.ts.)
    // (→ 58.01 alone, 67.48 with the line above: table 四's groups on lines of numbers wrapped by the narrow column, `14 4` / `3` / `4`, r017 and
    // r038: test/unit/printout-order.test.ts.)
    // (67.48 → 68.48: print-html-raw's reading of cells each a block, the rows' firsts apart, reads two more here — r042's
    // row left out, r066: test/unit/print-html-firsts.test.ts.)
    // (67.48 → 75.28: the first column beside a run of labels going on in a block of its own; a right-hand group of
    // columns, 其他 and 总计 or 法律服务机构 too, given after a page's other columns: test/unit/print-raw-bands.test.ts.)
    // (75.28 → 76.27 with both readings merged; 76.27 → 77.74: part 四's heading mid-line ends table 三, r024/r100.)
    // (77.74 → 80.06, 78.47 alone: a partial reading dropped once a column's results outrun 第一项 + 第二项 or their total, or a row's
    // cells its total, so r021 and r117 are read before the search gives up; a page beginning its own right-hand group,
    // r049: test/unit/print-raw-bands.test.ts.)
    // (80.06 → 83.08: table 四's lines of numbers no longer cut as glued where table 三's `0 0 0 0 0` made the text look
    // glued, test/unit/print-raw-spread.test.ts; table 二 given column by column, each header before its numbers, or its
    // last column after the sub-tables, test/unit/print-raw-table2.test.ts.)
    // (Expected found 83.0 → 84.6: a blank said where the browser's print furniture stood among the table's lines, r044.)
    // (83.08 → 87.42, expected found 84.6 → 86.1, mutant recall 84.2 → 85.9: a page's first rows' 总计 at its foot, a band's
    // column groups one cell per line row by row, the right-hand group from 社会公益组织 on: r018, r019, r054, r067, r081, r093,
    // test/unit/print-raw-foot.test.ts.)
    // (Expected found 86.1 → 90.7, mutant recall 85.9 → 91.2: a row left out proven absent, test/unit/absent-rows.test.ts.)
    // (87.42 → 90.14: a page's first rows' 自然人 at its foot after the header's words (r037), a block holding a row's
    // cells then the rows below's first cells (r068), a table 三 without one row read in bands (r008, r110):
    // test/unit/print-raw-bands17.test.ts.)
    // (Expected found 90.7 → 92.2, mutant recall 91.2 → 92.9: table 四's printed rows short of cells said blank, r112:
    // test/unit/printed-blanks.test.ts.)
    // (90.14 → 90.88: a page's staircase, rows giving fewer first cells row after row before the header's words come
    // again, their rest after (r001): test/unit/print-raw-stairs.test.ts.)
    // (90.88 → 91.61, expected found 92.2 → 93.8: a number on a row's label line bound to that row, so a table 三 read
    // one row off is now read right or left unread (r120): test/unit/printbeside-9760.test.ts.)
    'print-raw': { cellsExactPct: 91.61, expectedFoundPct: 93.8, mutantRecallPct: 92.9, falseErrors: 0, falseWarnings: 0 },
    // The leaf's numbering on a baseline of its own put back (tables/numbering-apart.ts): 45.1% → 99.2% of cells; also
    // with a parent's pieces beside it, past a parent's start, and a one-character first piece (99.2% → 99.96%,
    // test/unit/print-rows.test.ts).
    'print-html-layout': { cellsExactPct: 99.95, expectedFoundPct: 98.4, mutantRecallPct: 98.2, falseErrors: 0, falseWarnings: 0 },
    // (46.19 → 84.12: table 三 read whole — rows whose labels were not found, numbers no row took, rows' firsts beside
    // their labels given apart — only where one table keeps every sum: test/unit/print-raw-rows.test.ts.)
    // (84.12 → 86.32: the same blocks of rows, structure/printed-bands.ts.)
    // (86.32 → 87.34: the same with one defect, test/unit/print-raw-bands.test.ts.)
    // (→ 87.57 alone, 88.6 with the line above: table 四 with a sentence's end among its numbers, its groups on wrapped lines of numbers, and
    // table 二 rows with their first number beside the label's start: test/unit/printout-order.test.ts.)
    // (88.6 → 96.89: table 三 with each cell a block, the rows' firsts beside labels or set apart at a run's edge, matched
    // by each row's total, read where one table keeps every sum or one defect explains the broken ones; spread digits; a
    // row left out known by no trace of its label: test/unit/print-html-firsts.test.ts.)
    // (96.89 → 97.52: a table 三 in widened spacing throughout, a row left out with labels two characters a line, table 四
    // cut by part 五's heading: test/unit/print-html-firsts.test.ts.)
    // (97.52 → 97.54: r064's table 四, test/unit/print-raw-spread.test.ts's class.)
    // (Expected found 92.3 → 93.8: table 四's blank group said past the page's address and title, r112:
    // test/unit/unordered-table4.test.ts.)
    // (97.54 → 97.63, found 93.8 → 95.4: the stream one number short of every row, a label not found, r010:
    // test/unit/blank-somewhere.test.ts.)
    // (Expected found 95.3 → 96.9, mutant recall 94.7 → 96.4: a row left out proven absent, r110, test/unit/absent-rows.test.ts.)
    // (97.63 → 98.04: a table 三 without one row read in bands, r110: test/unit/print-raw-bands17.test.ts's class.)
    'print-html-raw': { cellsExactPct: 98.04, expectedFoundPct: 96.9, mutantRecallPct: 96.4, falseErrors: 0, falseWarnings: 0 },
  };
  // pdfplumber's default extract_text (test/corpus/lib/pdfplumber_text.py): one space between all words, no column
  // positions, pages joined without a form feed. Today's figures are floors and no false finding; a blank cell among
  // one-space counts cannot be placed (which column, no position says): that row is left unread. (98.43 → 99.64: a
  // parent label among a wrapped leaf's pieces, test/unit/pdfplumber-parents.test.ts; → 99.71: a spread piece with a
  // leading zero, test/unit/pdfplumber-leading-zero.test.ts.)
  const ONE_SPACE: typeof PRINTED = {
    pdfplumber: { cellsExactPct: 99.71, expectedFoundPct: 100, mutantRecallPct: 100, falseErrors: 0, falseWarnings: 0 },
  };
  const byLayout = new Map<string, ReturnType<typeof figures>>();
  before(function () {
    // About 40 s of CPU; on a machine shared by many jobs its wall time passed 120 s.
    this.timeout(600000);
    const results = evaluateCorpus(truths);
    for (const layout of new Set(results.map((r) => r.layout))) byLayout.set(layout, figures(results.filter((r) => r.layout === layout)));
  });

  it('covers forty-three layouts of every report', () => {
    assert.deepStrictEqual([...byLayout.keys()].sort(), ['bs4', 'bs4-lines', 'bs4-lines-plain', 'bs4-plain', 'docx2txt', 'elinks', 'elinks-plain', 'html2text', 'html2text-plain', 'links', 'links-plain', 'lynx', 'lynx-plain', 'mammoth-html', 'mammoth-md', 'mammoth-turndown', 'markdown', 'mutool', 'pandoc', 'pandoc-docx-gfm', 'pandoc-docx-grid', 'pandoc-docx-md', 'pandoc-docx-plain', 'pandoc-plain', 'pdf-layout', 'pdf-parse', 'pdf-raw', 'pdfminer', 'pdfplumber',
      'print-bare-layout', 'print-html-layout', 'print-html-raw', 'print-layout', 'print-raw', 'pymupdf', 'python-docx', 'turndown', 'turndown-plain', 'w3m', 'w3m-plain', 'web', 'web-plain', 'word']);
    for (const f of byLayout.values()) assert.strictEqual(f.renderings, truths.length);
  });
  for (const layout of EXACT) {
    it(`${layout}: every cell exact, no false error or warning, every expected diagnostic and mutant found`, () => {
      const f = byLayout.get(layout)!;
      assert.deepStrictEqual(
        { cells: f.cellsExact, renderings: f.renderingsAllCellsExact, falseErrors: f.falseErrors, falseWarnings: f.falseWarnings, found: f.found, mutants: f.mutantsFound },
        { cells: f.cells, renderings: f.renderings, falseErrors: 0, falseWarnings: 0, found: f.expected, mutants: f.mutants },
      );
    });
  }
  it('pdf-raw: no false error or warning either; what it reads (floors) is right', () => {
    const f = byLayout.get('pdf-raw')!;
    assert.deepStrictEqual([f.falseErrors, f.falseWarnings], [0, 0]);
    assert.ok((100 * f.cellsExact) / f.cells >= PDF_RAW.cellsExactPct, `${f.cellsExact}/${f.cells}`);
    assert.ok((100 * f.found) / f.expected >= PDF_RAW.expectedFoundPct, `${f.found}/${f.expected}`);
    assert.ok((100 * f.mutantsFound) / f.mutants >= PDF_RAW.mutantRecallPct, `${f.mutantsFound}/${f.mutants}`);
  });
  for (const [layout, floor] of Object.entries({ ...PRINTED, ...ONE_SPACE })) {
    it(`${layout}: false findings no more than today's, what it reads (floors) right`, () => {
      const f = byLayout.get(layout)!;
      assert.ok(f.falseErrors <= floor.falseErrors && f.falseWarnings <= floor.falseWarnings, `${f.falseErrors} false errors, ${f.falseWarnings} false warnings`);
      assert.ok((100 * f.cellsExact) / f.cells >= floor.cellsExactPct, `${f.cellsExact}/${f.cells}`);
      assert.ok((100 * f.found) / f.expected >= floor.expectedFoundPct, `${f.found}/${f.expected}`);
      assert.ok((100 * f.mutantsFound) / f.mutants >= floor.mutantRecallPct, `${f.mutantsFound}/${f.mutants}`);
    });
  }
  for (const [layout, floor] of Object.entries(TEXT_DUMPS)) {
    it(`${layout}: no false error or warning; what it reads (floors) is right`, () => {
      const f = byLayout.get(layout)!;
      assert.deepStrictEqual([f.falseErrors, f.falseWarnings], [0, 0]);
      assert.ok((100 * f.cellsExact) / f.cells >= floor.cellsExactPct, `${f.cellsExact}/${f.cells}`);
      assert.ok((100 * f.found) / f.expected >= floor.expectedFoundPct, `${f.found}/${f.expected}`);
      assert.ok((100 * f.mutantsFound) / f.mutants >= floor.mutantRecallPct, `${f.mutantsFound}/${f.mutants}`);
    });
  }
});

describe('corpus: the evaluation itself can fail', () => {
  // r002 is a t3-row-total mutant whose web-plain rendering the engine reads fully today (its row-total and
  // result-total errors found, no other error or warning); the truths below are altered copies.
  const base = truths.find((t) => t.id.startsWith('r002-'))!;
  const text = () => read(base, 'web-plain');
  const copy = (): Truth => JSON.parse(JSON.stringify(base));

  it('the unaltered truth: every cell exact, both errors found, nothing false', () => {
    const r = evaluateText(base, 'web-plain', text());
    assert.strictEqual(r.cellsExact, r.cells);
    assert.deepStrictEqual([r.found, r.expected, r.falseErrors.length, r.mutantFound], [2, 2, 0, true]);
  });
  it('a cell that differs from the truth is counted and named; null is not 0', () => {
    const t = copy();
    t.tables.table3.granted.natural_person = (t.tables.table3.granted.natural_person ?? 0) + 1;
    t.tables.table3.deny_secret.research = null;
    const r = evaluateText(t, 'web-plain', text());
    assert.strictEqual(r.cells - r.cellsExact, 2);
    assert.deepStrictEqual(r.cellMisses.map((m) => `${m.row}.${m.column}`).sort(), ['deny_secret.research', 'granted.natural_person']);
  });
  it('an error nobody expected is false; an expectation at another row is missed', () => {
    const t = copy();
    t.expected = [{ rule: 'row-total', severity: 'error', where: { section: '三', table: 'table3', row: 'carry_forward' } }];
    const r = evaluateText(t, 'web-plain', text());
    assert.deepStrictEqual(r.falseErrors.map((d) => d.rule).sort(), ['result-total', 'row-total']);
    assert.deepStrictEqual([r.found, r.mutantFound], [0, false]);
  });
});

describe('corpus: structural variants (test/corpus/variants, generate.mjs --variants)', () => {
  // Tables built the ways clerks build them (title/unit/note rows, a 序号 column, flat headers, fewer label columns,
  // split tables, 合计, centred or distributed labels), reports v001–v012. Web pages and Markdown are read exactly; the
  // other layouts have today's figures as floors (cells, expected found) and ceilings (false errors and warnings).
  const dir = path.resolve(CORPUS, '..', 'variants');
  const byLayout = new Map<string, ReturnType<typeof figures>>();
  before(function () {
    this.timeout(60000);
    const results = evaluateCorpus(readTruths(dir).slice(0, 12), () => true, dir);
    for (const layout of new Set(results.map((r) => r.layout))) byLayout.set(layout, figures(results.filter((r) => r.layout === layout)));
  });
  for (const layout of ['web', 'web-plain', 'markdown']) {
    it(`${layout}: every cell exact, no false error or warning, every expected diagnostic found`, () => {
      const f = byLayout.get(layout)!;
      assert.strictEqual(f.renderings, 12);
      assert.deepStrictEqual([f.cellsExact, f.falseErrors, f.falseWarnings, f.found], [f.cells, 0, 0, f.expected]);
    });
  }
  const FLOORS: Record<string, { cellsPct: number; foundPct: number; falseErrors: number; falseWarnings: number }> = {
    'pdf-layout': { cellsPct: 99.6, foundPct: 100, falseErrors: 0, falseWarnings: 0 },
    word: { cellsPct: 99.8, foundPct: 100, falseErrors: 0, falseWarnings: 0 },
    // (93.6 → 93.7: table 二's 序 / 号 header and 行 / 政 / 许 / … / 可 around its number, test/unit/variant-raw-serials.test.ts.)
    // (93.7 → 93.9: table 四 drawn as two, 行政复议 named column by column, read; v009: test/unit/recall18.test.ts.)
    'pdf-raw': { cellsPct: 93.9, foundPct: 75, falseErrors: 0, falseWarnings: 0 },
  };
  for (const [layout, floor] of Object.entries(FLOORS)) {
    it(`${layout}: at least today's figures`, () => {
      const f = byLayout.get(layout)!;
      assert.strictEqual(f.renderings, 12);
      assert.ok((100 * f.cellsExact) / f.cells >= floor.cellsPct, `${f.cellsExact}/${f.cells}`);
      assert.ok((100 * f.found) / f.expected >= floor.foundPct, `${f.found}/${f.expected}`);
      assert.ok(f.falseErrors <= floor.falseErrors && f.falseWarnings <= floor.falseWarnings, `${f.falseErrors} false errors, ${f.falseWarnings} false warnings`);
    });
  }
});

describe('corpus: structural variants printed from a browser (test/corpus/variants, generate.mjs --variants --only print)', () => {
  // The forty variant reports' web pages printed to PDF in headless Chromium and read with pdftotext (lib/printpdf.json),
  // all forty: today's figures are floors (cells, expected found, mutants) and ceilings (false errors and warnings), and
  // no cell is read with a wrong value (a wrong cell is worse than an unread one).
  const dir = path.resolve(CORPUS, '..', 'variants');
  const PRINTOUTS: Record<string, { cellsPct: number; foundPct: number; mutantsPct: number; falseErrors: number; falseWarnings: number }> = {
    // (2 → 0 false warnings: v016's clipped 六 其他需要报告的事项 amid table 四's vertical header, test/unit/variant-printouts.test.ts.)
    // (70.06 → 72.66 and 91.09 → 91.27: table 四's stream opening with whole names side by side, fifteen zeros on a line
    // of their own, test/unit/variant-printouts-16.test.ts.)
    // (73.9 → 78.2 found, 78.9 → 84.2 mutants: v026's 社会组 / 织 on every page said, test/unit/varhtml-17.test.ts.)
    // (72.66 → 75.05, found 73.9 → 82.6, mutants 78.9 → 84.2: v006's table 三 with a 序号 column, several rows' numbers
    // before their labels; v019's table 四 on one line, test/unit/variant-printouts-17.test.ts.)
    // (75.05 → 83.49: table 三's 序号 column scattered over the printout, v001, v012, v035; whole rows running into a
    // right-hand group of three, v016; test/unit/variant-printouts-18.test.ts.)
    // (75.05 → 75.3: table 四's stream proven whole or from its start read before the one-cell-a-line reader, v009,
    // v021: test/unit/recall18.test.ts.)
    // (83.49 → 84.6: table 二 column by column after its labels, beside their 序号 (`1 规章`) or with a column named after
    // the last sub-table (本年废止件数 after （八）'s), v002 v003 v007 v008 v014 v023 v024 v030 v033 v036;
    // test/unit/variant-printouts-19.test.ts.)
    'print-raw': { cellsPct: 84.6, foundPct: 82.6, mutantsPct: 84.2, falseErrors: 0, falseWarnings: 0 },
    // (65.2 → 69.5 found: result-total where the results read exceed the total, v036; test/unit/result-total-unread.test.ts.)
    // (91.27 → 93.47, 69.5 → 82.6 found, 73.6 → 84.2 mutants: table 三's 序号 column before each label, v006; v026's
    // 社会组 / 织 on every page; test/unit/varhtml-17.test.ts.)
    // (93.47 → 93.58: table 二's one-row, one-column sub-table under a 序号 header, its column named between label and
    // count, v003 v007 v008 v013 v019 v023 v024 v029 v030; test/unit/variant-printouts-19.test.ts.)
    'print-html-raw': { cellsPct: 93.58, foundPct: 82.6, mutantsPct: 84.2, falseErrors: 0, falseWarnings: 0 },
    // (1 → 0 false warnings each: v025's 公益 a line above 社会 / 组织, test/unit/variant-printouts.test.ts.)
    'print-layout': { cellsPct: 98.39, foundPct: 100, mutantsPct: 100, falseErrors: 0, falseWarnings: 0 },
    'print-bare-layout': { cellsPct: 98.39, foundPct: 100, mutantsPct: 100, falseErrors: 0, falseWarnings: 0 },
    // (97.38 → 97.95, found 91.3 → 100: table 四 drawn as two under a row of 行政复议's whole names, v038, v012, v023,
    // v036 (test/unit/variant-print-recall.test.ts); result-total over the total, v002 (result-total-unread.test.ts).)
    'print-html-layout': { cellsPct: 97.95, foundPct: 100, mutantsPct: 100, falseErrors: 0, falseWarnings: 0 },
  };
  const byLayout = new Map<string, RenderingResult[]>();
  before(function () {
    this.timeout(600000);
    const results = evaluateCorpus(readTruths(dir), (_id, layout) => layout in PRINTOUTS, dir);
    for (const layout of Object.keys(PRINTOUTS)) byLayout.set(layout, results.filter((r) => r.layout === layout));
  });
  for (const [layout, floor] of Object.entries(PRINTOUTS)) {
    it(`${layout}: no cell read wrong, at least today's figures`, () => {
      const rs = byLayout.get(layout)!;
      const f = figures(rs);
      assert.strictEqual(f.renderings, 40);
      const wrong = rs.flatMap((r) => r.cellMisses.filter((m) => m.got !== undefined && m.got !== null).map((m) => `${r.id} ${m.row}.${m.column}: ${m.got} (${m.want})`));
      assert.deepStrictEqual(wrong, []);
      assert.ok(f.falseErrors <= floor.falseErrors && f.falseWarnings <= floor.falseWarnings, `${f.falseErrors} false errors, ${f.falseWarnings} false warnings`);
      assert.ok((100 * f.cellsExact) / f.cells >= floor.cellsPct, `${f.cellsExact}/${f.cells}`);
      assert.ok((100 * f.found) / f.expected >= floor.foundPct, `${f.found}/${f.expected}`);
      assert.ok((100 * f.mutantsFound) / f.mutants >= floor.mutantsPct, `${f.mutantsFound}/${f.mutants}`);
    });
  }
});
