/**
 * Checking many files on all cores: worker threads each read, parse and check a share of the files
 * and send back only what the output needs (diagnostics, the lines they point at, or extract data).
 */
import fs = require('fs');
import os = require('os');
import path = require('path');
import type { Worker as WorkerType } from 'worker_threads';
import { analyze, CheckOptions, Diagnostic, findPreviousYear, indexHead, previousYears, ReportDocument, tooLarge } from '../engine';
import { decodeHead } from './encoding';
import { extract, Extracted, FileResult } from './output';
import { Lang, readReport } from './read';
import { reviewEntry } from './review';
import type { ReviewEntry } from '../render/review-html';

/** Below this many files one thread is faster than starting workers. */
const PARALLEL_MIN_FILES = 48;

export function shouldRunInParallel(files: number): boolean {
  // The core count last: asking for it costs ~1 ms, which a one-report run need not spend.
  if (files < PARALLEL_MIN_FILES || process.env.GKNB_NO_WORKERS) return false;
  return (typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length) > 1;
}

export interface FileJob { file: string; options: CheckOptions; previousFile?: string }
export interface JobSettings { mode: 'check' | 'extract' | 'review'; maxFileSize: number; lang: Lang }

/** What a worker sends back for one file. */
export interface PortableResult {
  file: string;
  error?: string;
  diagnostics?: Diagnostic[];
  /** The text of the lines the diagnostics point at (columns are counted in them). */
  lines?: [number, string][];
  extracted?: Extracted;
  review?: ReviewEntry;
}

export function toFileResult(r: PortableResult): FileResult {
  const lines: string[] = [];
  for (const [i, text] of r.lines ?? []) lines[i] = text;
  return {
    file: r.file,
    lines,
    error: r.error,
    extracted: r.extracted,
    review: r.review,
    // Output needs only the diagnostics; the model stays in the worker.
    analysis: r.diagnostics ? ({ diagnostics: r.diagnostics } as FileResult['analysis']) : undefined,
  };
}

/** A text file's first bytes as text, for the previous-year index (undefined when it cannot be read). */
export function fileHead(file: string): string | undefined {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const buf = Buffer.alloc(4096);
      const n = fs.readSync(fd, buf, 0, buf.length, 0);
      const d = decodeHead(buf.subarray(0, n));
      return 'text' in d ? d.text : undefined;
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // An unreadable file is reported where it is read.
    return undefined;
  }
}

/**
 * Last year's report of the same agency for each report, from the titles in their first lines, where the pair is
 * sure (engine previousYears). The one-thread check and the parallel one both link with this, so both find the
 * same (a link is then confirmed from the parsed reports, confirmsPrevious).
 */
export function previousYearLinks(heads: { file: string; head: string | undefined }[]): Map<string, string> {
  const indexed = heads.flatMap(({ file, head }) => {
    const entry = head === undefined ? undefined : indexHead(file, head);
    return entry ? [entry] : [];
  });
  const links = new Map<string, string>();
  for (const [file, prev] of previousYears(indexed)) links.set(file, prev.file);
  return links;
}

/** Whether a linked report is confirmed as last year's of the same agency by the parsed titles. */
export function confirmsPrevious(doc: ReportDocument, prevFile: string, prev: ReportDocument): boolean {
  return !!findPreviousYear(doc.getModel(), [{ file: prevFile, ...agencyYear(prev) }]);
}

/** Last year's report of the same agency among the text files. */
function linkPreviousYears(jobs: FileJob[]): void {
  const links = previousYearLinks(jobs.map((job) => ({ file: job.file, head: fileHead(job.file) })));
  for (const job of jobs) job.previousFile = links.get(job.file);
}

export async function checkInParallel(jobs: FileJob[], settings: JobSettings): Promise<PortableResult[]> {
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const threads = Math.max(1, Math.min(cores, 4, Math.ceil(jobs.length / 24)));
  // This thread checks files too: its code is loaded and compiled already (bin/gknb.js's code cache),
  // where each worker must load and warm up its own copy. The workers start (and load their code) while
  // this thread reads the files' first lines for the previous-year links; they get the jobs once those
  // are known.
  // Loaded here, not at the top: a run over a few files (one thread) need not load worker_threads.
  const { Worker } = require('worker_threads') as { Worker: typeof WorkerType };
  const workers = Array.from({ length: threads - 1 }, () => startWorker(Worker));
  linkPreviousYears(jobs);
  // Files are taken one at a time from a counter all threads share (work stealing): a worker that starts
  // late or gets slow files takes fewer, and no thread waits while another still has a queue.
  const next = new Int32Array(new SharedArrayBuffer(4));
  const results: PortableResult[] = new Array(jobs.length);
  const done = Promise.all(workers.map((worker) => new Promise<void>((resolve, reject) => {
    const message: WorkerJobs = { jobs, next, settings };
    worker.postMessage(message);
    worker.once('message', (out: [number, PortableResult][]) => {
      for (const [i, r] of out) results[i] = r;
      resolve();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker exited with ${code}`))));
  })));
  // Rejections are awaited below, after this thread's share.
  done.catch(() => undefined);
  for (const [i, r] of checkShared(jobs, next, settings)) results[i] = r;
  await done;
  return results;
}

/** What a worker gets: every job, and the counter of the next job to take (shared by all threads). */
export interface WorkerJobs { jobs: FileJob[]; next: Int32Array; settings: JobSettings }

/** Check files taken from the shared counter until none is left; [job index, result] for each file taken. */
export function checkShared(jobs: FileJob[], next: Int32Array, settings: JobSettings): [number, PortableResult][] {
  const previous = new Map<string, ReportDocument>();
  const out: [number, PortableResult][] = [];
  for (let i = Atomics.add(next, 0, 1); i < jobs.length; i = Atomics.add(next, 0, 1)) out.push([i, checkGuarded(jobs[i], settings, previous)]);
  return out;
}

/** Marks a worker thread of the CLI in its workerData (worker.ts acts only there). */
export const WORKER_MARK = 'gknbWorker';
/**
 * The same mark in the worker's process.argv, where it is seen without loading worker_threads (~4 ms of a
 * one-report run, which starts no thread): only a thread carrying it loads the module to check its workerData.
 */
export const WORKER_ARGUMENT = '--gknb-worker-thread';

/** bin/gknb.js's code-cache loader, when the CLI was started through it (see there). */
export const CODE_CACHE_LOADER = Symbol.for('gknb.codeCacheLoader');
type Loader = { file: string; writeCaches(): void };

/**
 * A worker thread running the worker bundle: through bin/gknb.js's loader when this process has it, so
 * that the worker's code comes from the code cache too instead of being compiled anew in every run.
 */
export function startWorker(Worker: typeof WorkerType): WorkerType {
  // The CLI's own bundle (worker.ts is part of it): one copy of the engine to ship and to cache.
  const bundle = path.join(__dirname, 'cli.js');
  const loader = (globalThis as Record<symbol, Loader | undefined>)[CODE_CACHE_LOADER];
  if (!loader) return new Worker(bundle, { argv: [WORKER_ARGUMENT], workerData: { [WORKER_MARK]: true } });
  // The loader itself starts the worker: it installs the cache there, then loads the bundle it is named (no code evaluated from a string).
  return new Worker(loader.file, { argv: [WORKER_ARGUMENT], workerData: { [WORKER_MARK]: true, gknbWorkerBundle: 'cli.js' } });
}

/** One file; a file that throws becomes an error result. */
function checkGuarded(job: FileJob, settings: JobSettings, previous: Map<string, ReportDocument>): PortableResult {
  try {
    return checkOne(job, settings, previous);
  } catch (e) {
    return { file: job.file, error: String((e as Error)?.message ?? e) };
  }
}

/** The work of one file, in a worker (or anywhere): read, parse, check, keep what the output needs. */
export function checkOne(job: FileJob, settings: JobSettings, previous: Map<string, ReportDocument>): PortableResult {
  const { text, error } = readReport(job.file, settings.lang);
  if (error !== undefined || text === undefined) return { file: job.file, error };
  if (text.length > settings.maxFileSize) {
    const big = tooLarge(text.length, settings.maxFileSize, settings.lang);
    const review = settings.mode === 'review' ? reviewEntry(job.file, big, [''], settings.lang) : undefined;
    return { file: job.file, diagnostics: big.diagnostics, lines: [[0, '']], review };
  }
  const doc = new ReportDocument(text);
  let previousYear: CheckOptions['previousYear'];
  if (job.previousFile) {
    let prev = previous.get(job.previousFile);
    if (!prev) {
      const read = readReport(job.previousFile, settings.lang);
      if (read.text !== undefined && read.text.length <= settings.maxFileSize) prev = new ReportDocument(read.text);
      if (prev) previous.set(job.previousFile, prev);
    }
    // Same agency and year as the head said: confirm with the parsed titles.
    if (prev && confirmsPrevious(doc, job.previousFile, prev)) {
      previousYear = { uri: job.previousFile, key: job.previousFile, model: prev.getModel(), lines: prev.getLines() };
    }
  }
  const analysis = analyze(doc, { ...job.options, previousYear, incremental: false, fixes: false });
  if (settings.mode === 'extract') return { file: job.file, extracted: extract(job.file, analysis.model, doc.getLines()) };
  const wanted = new Set<number>();
  for (const d of analysis.diagnostics) {
    wanted.add(d.range.start.line);
    wanted.add(d.range.end.line);
  }
  // Fixes are for the editor; the CLI prints none, so they stay here.
  const diagnostics = analysis.diagnostics.map(({ fixes: _fixes, ...d }) => d as Diagnostic);
  // The review page's tables are drawn here, where the model is; only the HTML travels back.
  const review = settings.mode === 'review' ? reviewEntry(job.file, analysis, doc.getLines(), settings.lang) : undefined;
  return { file: job.file, diagnostics, lines: [...wanted].map((i) => [i, doc.getLine(i)]), review };
}

function agencyYear(doc: ReportDocument): { agency: string; year: number } {
  const head = indexHead('', doc.getLines().slice(0, 15).join('\n'));
  return { agency: head?.agency ?? '', year: head?.year ?? doc.getModel().year ?? 0 };
}
