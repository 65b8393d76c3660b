/**
 * A report leaving Word by the two ways this suite had not made yet: the plain text Word puts on the clipboard
 * when a table is copied (one field per cell: a horizontally merged cell is ONE field, where a web page's copy
 * has an empty field for every column it spans; a vertically merged cell's later rows give an empty field), and
 * Word's "Save as Web Page" HTML (GB2312, MsoNormal paragraphs, <o:p>&nbsp;</o:p> in blank cells, numbers in
 * their own <span lang=EN-US>). Both are made here from committed renderings: the clipboard text from the
 * LibreOffice pages of test/fixtures/documents (their colspan/rowspan are Word's merges), the Word page from each
 * report's tab-separated copy. Every cell, no false finding, every expected one.
 */
import * as assert from 'assert';
import * as cheerio from 'cheerio';
import * as fs from 'fs';
import * as iconv from 'iconv-lite';
import * as path from 'path';
import { SECTIONS } from '../../server/src/engine/format';
import { readDocumentBytes } from '../../server/src/readers';
import { CORPUS, evaluateText, readTruths, RenderingResult, Truth } from '../helpers/corpusEval';

const DOCUMENTS = path.resolve(__dirname, '..', '..', '..', 'test', 'fixtures', 'documents');

/** Word's clipboard text of a page: paragraphs as lines, table rows as tab-separated fields, one per cell. */
function clipboardText(html: string): string {
  const $ = cheerio.load(html);
  const out: string[] = [];
  const text = (el: any) => $(el).text().replace(/\s+/g, ' ').trim();
  const walk = (el: any): void => {
    if (el.tagName === 'table') {
      // Columns still covered by a cell merged down from a row above: how many rows, and how wide.
      const covered = new Map<number, { rows: number; width: number }>();
      $(el).find('tr').each((_, tr) => {
        const fields: string[] = [];
        const cells = $(tr).children('td,th').toArray();
        let col = 0;
        for (let i = 0; i < cells.length || (covered.get(col)?.rows ?? 0) > 0;) {
          const down = covered.get(col);
          if (down && down.rows > 0) {
            down.rows--;
            fields.push('');
            col += down.width;
            continue;
          }
          const c = cells[i++];
          const across = Number($(c).attr('colspan') ?? 1);
          const rows = Number($(c).attr('rowspan') ?? 1);
          fields.push(text(c));
          if (rows > 1) covered.set(col, { rows: rows - 1, width: across });
          col += across;
        }
        out.push(fields.join('\t'));
      });
      return;
    }
    if ($(el).find('table').length) {
      $(el).children().each((_, c) => walk(c));
      return;
    }
    const t = text(el);
    if (t) out.push(t);
  };
  $('body').children().each((_, el) => walk(el));
  return out.join('\n') + '\n';
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const NOTHING = '<span lang=EN-US><o:p></o:p></span>';
/** Word's HTML of a report given as tab-separated text (a web page's copy). */
function wordPage(text: string): string {
  const body: string[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length;) {
    if (lines[i].includes('\t')) {
      body.push(`<div align=center><table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184'>`);
      for (let r = 0; i < lines.length && lines[i].includes('\t'); i++, r++) {
        body.push(` <tr style='mso-yfti-irow:${r};height:20.0pt'>`);
        for (const c of lines[i].split('\t')) {
          const v = c.trim();
          const inner = !v ? `<span lang=EN-US style='font-size:12.0pt'><o:p>&nbsp;</o:p></span>`
            : /^\d+(\.\d+)?$/.test(v) ? `<span lang=EN-US style='font-size:12.0pt;font-family:"Times New Roman"'>${v}<o:p></o:p></span>`
              : `<span style='font-size:12.0pt;font-family:仿宋_GB2312'>${esc(v)}${NOTHING}</span>`;
          body.push(`  <td width=57 valign=top style='width:42.5pt;border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>\n  <p class=MsoNormal align=center style='text-align:center'>${inner}</p>\n  </td>`);
        }
        body.push(' </tr>');
      }
      body.push('</table></div>', `<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>`);
      continue;
    }
    const l = lines[i++];
    if (!l.trim()) continue;
    const words = esc(l).replace(/(\d+)/g, '<span lang=EN-US>$1</span>');
    body.push(/^[一二三四五六]、/.test(l)
      ? `<p class=MsoNormal style='text-indent:32.0pt'><b><span style='font-size:16.0pt;font-family:黑体'>${words}${NOTHING}</span></b></p>`
      : `<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>${words}${NOTHING}</span></p>`);
  }
  return `<html xmlns:v="urn:schemas-microsoft-com:vml"\nxmlns:o="urn:schemas-microsoft-com:office:office"\nxmlns:w="urn:schemas-microsoft-com:office:word"\nxmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv=Content-Type content="text/html; charset=gb2312">\n<meta name=ProgId content=Word.Document>\n<meta name=Generator content="Microsoft Word 15">\n<!--[if gte mso 9]><xml>\n <o:DocumentProperties>\n  <o:Author>办公室</o:Author>\n </o:DocumentProperties>\n</xml><![endif]-->\n<style>\n<!--\n p.MsoNormal {mso-style-parent:""; margin:0cm; text-align:justify; font-size:10.5pt;}\n-->\n</style>\n</head>\n<body lang=ZH-CN style='tab-interval:21.0pt'>\n<div class=WordSection1 style='layout-grid:15.6pt'>\n${body.join('\n')}\n</div>\n</body>\n</html>\n`;
}

function exact(r: RenderingResult): string[] {
  const out: string[] = [];
  if (r.cellsExact !== r.cells) out.push(`${r.id}: ${r.cells - r.cellsExact} cells wrong, e.g. ${JSON.stringify(r.cellMisses[0])}`);
  for (const d of [...r.falseErrors, ...r.falseWarnings]) out.push(`${r.id}: false ${d.severity} ${d.rule} (line ${d.line}) ${d.message}`);
  if (r.found !== r.expected) out.push(`${r.id}: missed ${JSON.stringify(r.missed)}`);
  return out;
}

describe('Word\'s own copies of a report', function () {
  this.timeout(120000);
  const truths = new Map<string, Truth>(readTruths().map((t) => [t.id, t]));

  it('the clipboard text of a copied table (a merged cell one field): every cell, nothing false, every finding', () => {
    const pages = fs.readdirSync(DOCUMENTS).filter((f) => f.endsWith('.html'));
    assert.ok(pages.length >= 10, `only ${pages.length} pages`);
    const failures: string[] = [];
    let joined = 0;
    for (const page of pages) {
      const id = page.replace(/\.html$/, '');
      const text = clipboardText(fs.readFileSync(path.join(DOCUMENTS, page), 'utf8'));
      // Fewer fields than the web page's copy: the merged cells are single fields here.
      if (text.split('\n').some((l) => l.startsWith('一、本年新收政府信息公开申请数量\t') && l.split('\t').length === 8)) joined++;
      failures.push(...exact(evaluateText(truths.get(id)!, 'word-clipboard', text)));
    }
    assert.strictEqual(joined, pages.length, 'every page\'s 一、本年新收… row is one label field and seven values');
    assert.deepStrictEqual(failures, []);
  });

  it('headings numbered by Word\'s lists (一、⇥总体情况, （一）⇥主动公开 in the clipboard text): the six parts, every finding', () => {
    const failures: string[] = [];
    let renumbered = 0;
    for (const t of truths.values()) {
      for (const layout of ['web-plain', 'word']) {
        const text = fs.readFileSync(path.join(CORPUS, t.id, t.renderings[layout]), 'utf8');
        // The six part titles, and the sub-headings of parts 一 and 五 (no table there), numbered by a list.
        let prose = false;
        const listed = text.split('\n').map((l) => {
          const part = SECTIONS.findIndex((x) => x.title === l.trim());
          if (part >= 0) prose = part === 0 || part >= 4;
          const numbered = part >= 0 ? /^([一二三四五六]、)/ : prose ? /^(（[一二三四五六七]）)(?=\S)/ : undefined;
          return numbered && !l.includes('\t') ? l.replace(numbered, '$1\t') : l;
        }).join('\n');
        if (listed === text) continue;
        renumbered++;
        failures.push(...exact(evaluateText(t, `${layout}+list-tab`, listed)));
      }
    }
    assert.ok(renumbered >= 200, `only ${renumbered} renderings renumbered`);
    assert.deepStrictEqual(failures, []);
  });

  it('Word\'s "Save as Web Page" HTML in GB2312: every cell, nothing false, every finding', async () => {
    const failures: string[] = [];
    const sample = [...truths.values()].slice(0, 30);
    for (const t of sample) {
      const copy = fs.readFileSync(path.join(CORPUS, t.id, t.renderings['web-plain']), 'utf8');
      const bytes = iconv.encode(wordPage(copy), 'gb2312');
      const read = await readDocumentBytes(new Uint8Array(bytes), '.htm');
      failures.push(...exact(evaluateText(t, 'word-html', read.text)));
    }
    assert.deepStrictEqual(failures, []);
  });
});
