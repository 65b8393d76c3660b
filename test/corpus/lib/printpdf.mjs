/**
 * A report's web page printed to PDF the way people do it (Chrome/Edge 打印 → 另存为 PDF), then read with
 * pdftotext: A4, the browser's header (date and time, page title) and footer (URL, `1/5`) on every page,
 * the tables reflowed to the page width and cut across pages, the site's CSS fonts.
 * The header and footer are Chromium's print templates with a fixed date, so the corpus stays deterministic.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { prng } from '../../../scripts/prng.mjs';
import { launchChromium, pdfText } from './render.mjs';

export const PRINTED = JSON.parse(readFileSync(new URL('./printpdf.json', import.meta.url), 'utf8')).printed;

const HOSTS = ['www.gov.cn', 'www.audit.gov.cn', 'www.shanghai.gov.cn', 'www.gz.gov.cn', 'www.zj.gov.cn', 'xxgk.example.gov.cn'];
const FONTS = [
  '"Microsoft YaHei", "微软雅黑", "Noto Sans CJK SC", sans-serif',
  '"SimSun", "宋体", "Noto Serif CJK SC", serif',
  '"PingFang SC", "Hiragino Sans GB", "WenQuanYi Micro Hei", sans-serif',
];

/**
 * How one report's page is printed: seeded by the report's number alone (its truth.json stays as it is),
 * so the same corpus gives the same printouts.
 */
export function printStyle(index, seed, year) {
  const rnd = prng(seed * 7368787 + index * 104729 + 17);
  const printed = { y: year + 1 + rnd.pick([0, 0, 0, 1, 2]), m: rnd.int(1, 12), d: rnd.int(1, 28), h: rnd.int(8, 22), min: rnd.int(0, 59) };
  const locale = rnd.chance(0.8) ? 'zh-CN' : 'en-US';
  return {
    url: `https://${rnd.pick(HOSTS)}/zwgk/xxgk/ndbg/${year + 1}${String(rnd.int(1, 3)).padStart(2, '0')}/t${year + 1}0${rnd.int(1, 3)}${String(rnd.int(10, 28))}_${rnd.int(100000, 999999)}.html`,
    date: locale === 'zh-CN'
      ? `${printed.y}/${printed.m}/${printed.d} ${printed.h}:${String(printed.min).padStart(2, '0')}`
      : `${printed.m}/${printed.d}/${String(printed.y).slice(2)}, ${printed.h % 12 || 12}:${String(printed.min).padStart(2, '0')} ${printed.h < 12 ? 'AM' : 'PM'}`,
    font: rnd.pick(FONTS),
    fontSize: rnd.pick([14, 15, 16]),
    cellSize: rnd.pick([12, 13, 14]),
  };
}

/** The content system's stylesheet: its own fonts, tables at the page's width (the browser reflows them). */
function siteCss(s) {
  return `body { font-family: ${s.font}; font-size: ${s.fontSize}px; line-height: 1.8; }
table { width: 100% !important; border-collapse: collapse; }
td, th { font-family: ${s.font}; font-size: ${s.cellSize}px; line-height: 1.5; }
td font, td span, td p, p font { font-family: inherit !important; }`;
}

/** The page as printed: the report's title as the page's <title> and, for the content-system page, the site's CSS. */
function pageToPrint(html, title, style, site) {
  let out = html.replace(/<title>[\s\S]*?<\/title>/i, `<title>${title}</title>`);
  if (!/<title>/i.test(out)) out = out.replace(/<head[^>]*>/i, (h) => `${h}<title>${title}</title>`);
  if (site) out = out.replace(/<\/head>/i, `<style>${siteCss(style)}</style></head>`);
  return out;
}

// Chromium's own print header and footer (date left, title centred; URL left, page/pages right), with a fixed date.
const box = 'font-size: 8px; width: 100%; margin: 0 0.4in; display: flex; justify-content: space-between; font-family: system-ui, sans-serif;';
const header = (date) => `<div style="${box}"><span>${date}</span><span class="title"></span><span></span></div>`;
const footer = () => `<div style="${box}"><span class="url"></span><span><span class="pageNumber"></span>/<span class="totalPages"></span></span></div>`;

/**
 * Print each job's page with headless Chromium (the page served at its https URL, so the footer shows it)
 * to `<outDir>/<name>.pdf`. jobs: { name, html, title, style, site, headerFooter }.
 */
export async function printToPdf(jobs, outDir, homeDir) {
  mkdirSync(outDir, { recursive: true });
  const browser = await launchChromium(homeDir);
  try {
    const page = await browser.newPage();
    for (const j of jobs) {
      const body = pageToPrint(j.html, j.title, j.style, j.site);
      await page.route(j.style.url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
      await page.goto(j.style.url);
      await page.unroute(j.style.url);
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: false,
        displayHeaderFooter: j.headerFooter,
        headerTemplate: j.headerFooter ? header(j.style.date) : undefined,
        footerTemplate: j.headerFooter ? footer() : undefined,
        // Chromium's default print margins (about 1 cm), where its header and footer sit.
        margin: { top: '0.4in', bottom: '0.4in', left: '0.4in', right: '0.4in' },
      });
      writeFileSync(path.join(outDir, `${j.name}.pdf`), pdf);
    }
  } finally {
    await browser.close();
  }
}

/**
 * The printed renderings (printpdf.json) of each report, in order: reports[i] is the i-th report of the seed,
 * pages[i] its { html, plain } pages (LibreOffice's and the content system's). Returns layout → text per report.
 */
export async function printRenderings(reports, pages, seed, work) {
  const kinds = [...new Set(PRINTED.map((p) => `${p.page}-${p.headerFooter ? 'hf' : 'bare'}`))];
  const jobs = reports.flatMap((r, i) => {
    const style = printStyle(i, seed, r.year);
    return kinds.map((k) => {
      const [page, hf] = k.split('-');
      return { name: `${r.id}.${k}`, html: pages[i][page], title: r.title, style, site: page === 'plain', headerFooter: hf === 'hf' };
    });
  });
  const dir = path.join(work, 'printed');
  await printToPdf(jobs, dir, path.join(work, 'print-home'));
  return reports.map((r) => Object.fromEntries(PRINTED.map((p) => {
    const pdf = path.join(dir, `${r.id}.${p.page}-${p.headerFooter ? 'hf' : 'bare'}.pdf`);
    return [p.layout, pdfText(pdf, p.text === 'layout')];
  })));
}
