/**
 * The `gknb` command line: check reports or extract their tables. A thin shell over the engine.
 * Exit codes: 0 no error-severity diagnostic, 1 at least one, 2 usage or I/O problem.
 */
import fs = require('fs');
import path = require('path');
import type * as Threads from 'worker_threads';
import { setFlagsFromString } from 'v8';
import { analyze, ReportDocument, RULE_IDS, CheckOptions, DEFAULT_MAX_FILE_SIZE, tooLarge } from '../engine';
import { readReport } from './read';
import { checkInParallel, WORKER_ARGUMENT, confirmsPrevious, fileHead, FileJob, previousYearLinks, shouldRunInParallel, toFileResult } from './parallel';
import { expandArgs } from './files';
import { runNew } from './new';
import { isDocument } from './documents';
import { documentReader } from './document-pool';
// The worker threads' side, in this bundle too (it acts only in a worker thread).
import './worker';
import { convert } from './convert';
import { exportDocx } from './export';
import { FileResult, formatJson, formatSarif, formatStylish, extract, extractCsv, Extracted, formatCompact } from './output';
import { formatReview, reviewEntry } from './review';
import { ConfigFiles, LoadedConfig } from '../configFiles';
import { layerRules } from '../engine/config';

declare const GKNB_VERSION: string;
const VERSION = typeof GKNB_VERSION === 'string' ? GKNB_VERSION : '0.0.0-dev';

type Lang = 'zh-cn' | 'en';

const HELP: Record<Lang, string> = {
  'zh-cn': `gknb ${VERSION} — 政府信息公开工作年度报告检查工具

用法：
  gknb check [选项] <文件|目录|通配符>...    检查报告，输出问题
  gknb extract [选项] <文件|目录|通配符>...  提取标题、年份、章节和三张表格的数据
  gknb convert <文档> [-o 输出.md] [--force]  将 Word/网页/PDF 报告转为 Markdown（默认输出到标准输出）
  gknb new --from <上年报告> [-o <文件>]       由上年报告新建本年报告（标题年份、六个部分、空白表格，“上年结转”按上年填写）
  gknb export <报告.md> [-o 报告.docx] [--force]  导出为 Word 文档（A4，三张表格为国家附件的正式样式）
  gknb rules                                 列出全部规则

文档：check 和 extract 也直接读取 .docx/.doc/.html/.htm/.pdf（及含有它们的目录），问题位置指向原文档
（如“报告.docx:表格3 第5行 第2列”“报告.pdf:第3页”）。

选项：
  --format <格式>    check: stylish（默认）| compact | json | sarif | html；extract: json（默认）| csv | xlsx
                     compact 每个问题一行：文件:行:列: 级别: 说明 [规则]（终端可点击，VS Code 问题匹配器 $gknb）
                     html：一个可离线打开的审核页面（概况、各机关各年度、逐年对比、问题与表格）
                     xlsx：一个 Excel 工作簿（每份报告一行、每个单元格一列，另有每张表一个工作表；需 -o）
  -o, --output <文件>  把结果写入文件（不输出到终端）
  --lang <语言>      zh-cn（默认）| en
  --rule <规则>=<级别>  调整规则级别：off | hint | information | warning | error（可重复，优先于配置文件）
  --config <文件>    使用此配置文件（默认：从每个报告所在目录向上查找最近的 .gknbrc.json）
  --no-config        不读取任何配置文件
  --max-file-size <MB>  超过此大小的文件不分析（默认 5）
  --from <文件>      new: 上年报告
  --force            convert/export/new: 允许覆盖已存在的输出文件（new 的 -o 默认：上年文件名中的年份改为本年；- 表示标准输出）
  -h, --help         显示帮助
  -v, --version      显示版本

退出码：0 无错误；1 发现错误级别的问题；2 用法错误、文件无法读取或配置文件有误（其余结果照常输出）。`,
  en: `gknb ${VERSION} — checker for Government Information Disclosure Annual Reports

Usage:
  gknb check [options] <file|dir|glob>...    check reports and print the problems
  gknb extract [options] <file|dir|glob>...  print title, year, sections and table data
  gknb convert <document> [-o out.md] [--force]  convert a Word/web page/PDF report to Markdown (default: standard output)
  gknb new --from <last year> [-o <file>]    start this year's report from last year's (title, six sections, blank tables, 上年结转 filled)
  gknb export <report.md> [-o report.docx] [--force]  export to a Word document (A4, the three tables in the national annex's layout)
  gknb rules                                 list all rules

Documents: check and extract also read .docx/.doc/.html/.htm/.pdf (and folders with them); locations point into
the document (e.g. "report.docx:table 3 row 5 column 2", "report.pdf:page 3").

Options:
  --format <fmt>     check: stylish (default) | compact | json | sarif | html; extract: json (default) | csv | xlsx
                     compact: one line per problem, file:line:col: severity: message [rule] (problem matcher $gknb)
                     html: one page that opens offline (summary, agencies by year, year on year, problems and tables)
                     xlsx: an Excel workbook (a row per report, a column per cell, and a sheet per table; needs -o)
  -o, --output <file>  write the result to this file instead of the terminal
  --lang <lang>      zh-cn (default) | en
  --rule <id>=<level>  change a rule's severity: off | hint | information | warning | error (repeatable; beats the configuration file)
  --config <file>    use this configuration file (default: the nearest .gknbrc.json above each report)
  --no-config        read no configuration file
  --max-file-size <MB>  files larger than this are not analysed (default 5)
  --from <file>      new: last year's report
  --force            convert/export/new: overwrite an existing output file (new's -o default: last year's file name with the year moved on; - for stdout)
  -h, --help         show this help
  -v, --version      show the version

Exit codes: 0 no errors; 1 error-severity problems found; 2 usage or I/O problem, or a bad configuration file (the other results are still printed).`,
};

class UsageError extends Error {}

interface Parsed { command?: string; paths: string[]; from?: string; output?: string; force?: boolean; format?: string; lang: Lang; rules: Record<string, any>; help: boolean; version: boolean; maxFileSize: number; config?: string; noConfig?: boolean }

function detectLang(): Lang {
  const env = process.env.GKNB_LANG ?? process.env.LC_ALL ?? process.env.LANG ?? '';
  return /^en/i.test(env) ? 'en' : 'zh-cn';
}

function parseArgs(argv: string[]): Parsed {
  const p: Parsed = { paths: [], lang: detectLang(), rules: {}, help: false, version: false, maxFileSize: DEFAULT_MAX_FILE_SIZE };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (name: string) => {
      const eq = a.indexOf('=');
      if (eq > 0 && a.startsWith('--')) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`选项 ${name} 需要一个值 / option ${name} needs a value`);
      return v;
    };
    if (a === '-h' || a === '--help') p.help = true;
    else if (a === '-v' || a === '--version') p.version = true;
    else if (a === '--format' || a.startsWith('--format=')) p.format = value('--format');
    else if (a === '-o' || a === '--output' || a.startsWith('--output=')) p.output = value('--output');
    else if (a === '--config' || a.startsWith('--config=')) p.config = value('--config');
    else if (a === '--no-config') p.noConfig = true;
    else if (a === '--from' || a.startsWith('--from=')) p.from = value('--from');
    else if (a === '--force') p.force = true;
    else if (a === '--max-file-size' || a.startsWith('--max-file-size=')) {
      const mb = Number(value('--max-file-size'));
      if (!(mb > 0)) throw new UsageError('--max-file-size 需要一个正数（单位 MB） / needs a positive number of MB');
      p.maxFileSize = mb * 1024 * 1024;
    }
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const l = value('--lang').toLowerCase();
      if (l !== 'zh-cn' && l !== 'en' && l !== 'zh') throw new UsageError(`未知语言：${l} / unknown language`);
      p.lang = l === 'en' ? 'en' : 'zh-cn';
    } else if (a === '--rule' || a.startsWith('--rule=') && a.indexOf('=') === 6) {
      const spec = a === '--rule' ? value('--rule') : a.slice(7);
      const m = /^([^=]+)=(off|hint|information|warning|error)$/.exec(spec);
      if (!m) throw new UsageError(`--rule 的格式应为 <规则>=<级别>：${spec}`);
      p.rules[m[1]] = m[2];
    } else if (a === '--') p.paths.push(...argv.slice(i + 1)), (i = argv.length);
    else if (a.startsWith('-') && a !== '-') throw new UsageError(`未知选项：${a} / unknown option`);
    else if (!p.command) p.command = a;
    else p.paths.push(a);
  }
  return p;
}

export interface CliIo { stdout: (s: string) => void; stderr: (s: string) => void; isTty: boolean }

export async function run(argv: string[], io: CliIo): Promise<number> {
  let args: Parsed;
  try {
    args = parseArgs(argv);
  } catch (e) {
    io.stderr(`gknb: ${(e as Error).message}`);
    return 2;
  }
  const lang = args.lang;
  if (args.version) { io.stdout(VERSION); return 0; }
  if (args.help || !args.command) { (args.help ? io.stdout : io.stderr)(HELP[lang]); return args.help ? 0 : 2; }
  if (args.command === 'rules') {
    io.stdout(RULE_IDS.join('\n'));
    return 0;
  }
  if (args.command === 'new') return runNew({ from: args.from ?? args.paths[0], output: args.output, force: !!args.force }, lang, io);
  if (args.command === 'export') return exportDocx(args.paths, { output: args.output, force: !!args.force, lang }, io);
  if (args.command === 'convert') return convert(args.paths, { output: args.output, force: !!args.force, lang }, io);
  if (args.command !== 'check' && args.command !== 'extract') {
    io.stderr(`gknb: ${lang === 'en' ? 'unknown command' : '未知命令'}：${args.command}`);
    return 2;
  }
  const formats = args.command === 'check' ? ['stylish', 'compact', 'json', 'sarif', 'html'] : ['json', 'csv', 'xlsx'];
  const format = args.format ?? formats[0];
  if (!formats.includes(format)) {
    io.stderr(`gknb: ${lang === 'en' ? 'unknown format' : '未知输出格式'}：${format}（${formats.join(' | ')}）`);
    return 2;
  }
  if (!args.paths.length) {
    io.stderr(`gknb: ${lang === 'en' ? 'no files given' : '没有指定要检查的文件'}`);
    return 2;
  }
  if (format === 'xlsx' && !args.output) {
    io.stderr(`gknb: ${lang === 'en' ? 'xlsx needs an output file: -o data.xlsx' : 'xlsx 格式需要指定输出文件：-o data.xlsx'}`);
    return 2;
  }
  const { files, problems } = expandArgs(args.paths);
  // Never write over a report being read.
  if (args.output && files.some((f) => path.resolve(f) === path.resolve(args.output!))) {
    io.stderr(`gknb: ${args.output}: ${lang === 'en' ? 'the output file is one of the reports; not overwritten' : '输出文件是要检查的报告之一，不会覆盖'}`);
    return 2;
  }
  const emit = (text: string): boolean => {
    if (!args.output) {
      io.stdout(text);
      return true;
    }
    try {
      writeWhole(args.output, text);
      return true;
    } catch (e) {
      io.stderr(`gknb: ${args.output}: ${(e as Error).message}`);
      return false;
    }
  };
  let ioProblem = problems.length > 0;
  for (const p of problems) io.stderr(`gknb: ${p.arg}: ${p.message}`);
  const options: CheckOptions = { locale: lang, rules: args.rules, nonReport: 'explain' };
  // .gknbrc.json: the nearest one above each file (or --config), read once each; its problems go to stderr once.
  const configs = new ConfigFiles(lang);
  if (args.config && !args.noConfig) {
    let isFile = false;
    try { isFile = fs.statSync(args.config).isFile(); } catch { /* reported below */ }
    if (!isFile) {
      io.stderr(`gknb: --config ${args.config}: ${lang === 'en' ? 'no such file' : '文件不存在'}`);
      return 2;
    }
  }
  const configShown = new Set<string>();
  let configProblem = false;
  let ignored = 0;
  const optionsFor = new Map<string, CheckOptions>();
  const configFor = (file: string): LoadedConfig | undefined => {
    if (args.noConfig) return undefined;
    const c = configs.forFile(file, args.config);
    if (c && !configShown.has(c.file)) {
      configShown.add(c.file);
      const shown = path.relative(process.cwd(), c.file);
      for (const p of c.problems) io.stderr(`gknb: ${shown.startsWith('..') ? c.file : shown}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.message}`);
      if (c.problems.length) configProblem = true;
    }
    return c;
  };
  const results: FileResult[] = [];
  const parsed: { file: string; doc: ReportDocument }[] = [];
  /** The text files checked here, in order (for the previous-year links, as the parallel check makes them). */
  const textFiles: string[] = [];
  // Many files: both cores work (worker threads), each reading, parsing and checking its share.
  const parallel = shouldRunInParallel(files.length);
  const jobs: FileJob[] = [];
  // PDFs are read ahead on other threads when there are several (PDF.js is slow); taken in order below.
  const readDocument = documentReader(files.filter(isDocument), lang);
  for (const file of files) {
    // Documents are read by the readers: here, or ahead in worker threads (document-pool.ts).
    if (isDocument(file)) {
      const config = configFor(file);
      if (configs.ignores(file, config)) {
        ignored++;
        continue;
      }
      optionsFor.set(file, { ...options, rules: layerRules(config && !config.fatal ? config.config.rules : undefined, args.rules) });
      const { text, source, error } = await readDocument(file);
      if (error !== undefined || text === undefined || !source) {
        io.stderr(`gknb: ${file}: ${error}`);
        ioProblem = true;
        results.push({ file, lines: [], error });
        continue;
      }
      for (const note of source.notes) io.stderr(`gknb: ${file}: ${note}`);
      if (text.length > args.maxFileSize) {
        results.push({ file, lines: [''], analysis: tooLarge(text.length, args.maxFileSize, lang), source });
        continue;
      }
      const doc = new ReportDocument(text);
      parsed.push({ file, doc });
      results.push({ file, lines: doc.getLines(), source });
      continue;
    }
    if (parallel) {
      const config = configFor(file);
      if (configs.ignores(file, config)) {
        ignored++;
        continue;
      }
      jobs.push({ file, options: { ...options, rules: layerRules(config && !config.fatal ? config.config.rules : undefined, args.rules) } });
      continue;
    }
    const config = configFor(file);
    if (configs.ignores(file, config)) {
      ignored++;
      continue;
    }
    // Precedence: defaults < the configuration file < --rule.
    optionsFor.set(file, { ...options, rules: layerRules(config && !config.fatal ? config.config.rules : undefined, args.rules) });
    textFiles.push(file);
    const { text, error } = readReport(file, lang);
    if (error !== undefined || text === undefined) {
      io.stderr(`gknb: ${file}: ${error}`);
      ioProblem = true;
      results.push({ file, lines: [], error });
      continue;
    }
    if (text.length > args.maxFileSize) {
      results.push({ file, lines: [''], analysis: tooLarge(text.length, args.maxFileSize, lang) });
      continue;
    }
    const doc = new ReportDocument(text);
    parsed.push({ file, doc });
    results.push({ file, lines: doc.getLines() });
  }
  if (parallel) {
    const mode = args.command === 'extract' ? 'extract' : format === 'html' ? 'review' : 'check';
    const done = await checkInParallel(jobs, { mode, maxFileSize: args.maxFileSize, lang });
    for (const r of done) {
      if (r.error !== undefined) {
        io.stderr(`gknb: ${r.file}: ${r.error}`);
        ioProblem = true;
      }
      results.push(toFileResult(r));
    }
  }
  // Last year's report of the same agency, when it is among the files checked (carryover-mismatch): text files
  // among the text files, documents among the documents, linked as the parallel check links them.
  const resultOf = new Map(results.map((r) => [r.file, r]));
  const docOf = new Map(parsed.map((x) => [x.file, x.doc]));
  const links = new Map([
    // A link joins two reports: one file alone is not read again for its head.
    ...(textFiles.length > 1 ? previousYearLinks(textFiles.map((file) => ({ file, head: fileHead(file) }))) : []),
    ...previousYearLinks(parsed.filter((p) => isDocument(p.file)).map((p) => ({ file: p.file, head: p.doc.getLines().slice(0, 15).join('\n') }))),
  ]);
  for (const { file, doc } of parsed) {
    const prevFile = links.get(file);
    const prev = prevFile === undefined ? undefined : docOf.get(prevFile);
    const previousYear = prev && confirmsPrevious(doc, prevFile!, prev) ? { uri: prevFile!, key: prevFile!, model: prev.getModel(), lines: prev.getLines() } : undefined;
    resultOf.get(file)!.analysis = analyze(doc, { ...(optionsFor.get(file) ?? options), previousYear, incremental: false, fixes: false });
  }
  if (args.command === 'extract') {
    const items: Extracted[] = results.filter((r) => r.analysis || r.extracted).map((r) => r.extracted ?? extract(r.file, r.analysis!.model, r.lines));
    if (format === 'xlsx') {
      try {
        await writeXlsx(items, args.output!, lang);
      } catch (e) {
        io.stderr(`gknb: ${args.output}: ${(e as Error).message}`);
        return 2;
      }
    } else if (!emit(format === 'csv' ? extractCsv(items) : JSON.stringify(items, null, 2))) return 2;
    return ioProblem || configProblem ? 2 : 0;
  }
  let written = true;
  if (format === 'html') {
    // Files checked here (not in a worker) still have their model: draw their part of the page now.
    for (const r of results) if (r.analysis && !r.review) r.review = reviewEntry(r.file, r.analysis, r.lines, lang);
    written = emit(formatReview(results, lang, VERSION));
  } else if (format === 'json') written = emit(formatJson(results));
  // Paths that named no readable file are failures of the run too (SARIF lists them as notifications).
  else if (format === 'sarif') written = emit(formatSarif([...problems.map((p) => ({ file: p.arg, lines: [], error: p.message })), ...results], [...RULE_IDS], VERSION));
  else if (format === 'compact') {
    const out = formatCompact(results);
    if (out || args.output) written = emit(out);
  } else written = emit(formatStylish(results, lang, io.isTty && !args.output, ignored));
  if (ioProblem || configProblem || !written) return 2;
  return results.some((r) => r.analysis?.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

/** Writes beside the target first and then renames, so a failed write never leaves half a file. */
function writeWhole(file: string, text: string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, text.endsWith('\n') ? text : text + '\n');
    fs.renameSync(tmp, file);
  } finally {
    if (fs.existsSync(tmp)) fs.rmSync(tmp, { force: true });
  }
}

/**
 * The xlsx writer is a bundle of its own (dist/cli-xlsx.js, with exceljs), run in a worker thread:
 * exceljs is large and only `--format xlsx` needs it.
 */
function writeXlsx(items: Extracted[], file: string, lang: Lang): Promise<void> {
  const bundle = path.join(__dirname, 'cli-xlsx.js');
  if (!fs.existsSync(bundle)) return Promise.reject(new Error('此安装不含 xlsx 导出模块（dist/cli-xlsx.js） / this installation has no xlsx writer'));
  return new Promise((resolve, reject) => {
    const { Worker } = require('worker_threads') as typeof Threads;
    const worker = new Worker(bundle, { workerData: { items, file, lang } });
    worker.once('message', (m: { ok: boolean; error?: string }) => (m.ok ? resolve() : reject(new Error(m.error))));
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`xlsx worker exited with ${code}`))));
  });
}

/** Entry point used by bin/gknb.js. */
export async function main(): Promise<void> {
  // The same V8 budget as bin/gknb.js sets (see there) when run as `node dist/cli.js`; workers share it.
  setFlagsFromString('--interrupt-budget=1000000');
  process.exitCode = await run(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s + '\n'),
    stderr: (s) => process.stderr.write(s + '\n'),
    isTty: !!process.stdout.isTTY,
  });
}

// Run directly (`node dist/cli.js check …`, as the extension's gknb task does): start at once. A worker thread
// running this bundle (started with WORKER_ARGUMENT) only answers its messages (worker.ts).
if (require.main === module && !process.argv.includes(WORKER_ARGUMENT)) main();
