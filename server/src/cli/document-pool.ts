/**
 * Reading many PDFs on all cores: worker threads take the files one at a time
 * from a shared counter and send each read back as plain data (documents.ts: PortableRead) as soon as it is
 * done; this thread parses and checks them in the order of the files, as it does with one thread, so the
 * output is the same. Reading a PDF with PDF.js costs ~50–100 ms, far more than checking its text; other
 * documents are read here as they come (a .docx takes a few milliseconds: a worker would cost more).
 */
import os = require('os');
import path = require('path');
import type { Worker as WorkerType } from 'worker_threads';
import { fromPortable, Lang, PortableRead, readDocumentFile, SourceInfo } from './documents';
import { startWorker } from './parallel';

export type DocumentRead = { text?: string; source?: SourceInfo; error?: string };

/** What a document worker gets: the files, and the counter of the next one to take (shared by all). */
export interface DocumentJobs { documents: string[]; next: Int32Array; lang: Lang }
/** What it sends back: one read (by index), or that it has finished. */
export type DocumentMessage = { index: number; read: PortableRead } | { finished: true };

/** Below this many PDFs this thread reads them (each worker loads PDF.js anew). */
const PARALLEL_MIN_DOCUMENTS = 2;

/** A reader for these documents: `read(file)` gives the same as readDocumentFile, read ahead on other threads. */
export function documentReader(files: string[], lang: Lang): (file: string) => Promise<DocumentRead> {
  // Only PDFs: a Word file or a web page is read in a few milliseconds, less than a worker costs to start.
  const documents = files.filter((f) => path.extname(f).toLowerCase() === '.pdf');
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const threads = Math.min(cores, 4, documents.length);
  if (documents.length < PARALLEL_MIN_DOCUMENTS || threads < 2 || process.env.GKNB_NO_WORKERS) return (file) => readDocumentFile(file, lang);
  const { Worker } = require('worker_threads') as { Worker: typeof WorkerType };
  const pending = new Map<number, (read: PortableRead | undefined) => void>();
  const arrived = new Map<number, PortableRead>();
  const delivered = (index: number, read: PortableRead | undefined) => {
    const waiting = pending.get(index);
    if (waiting) {
      pending.delete(index);
      waiting(read);
    } else if (read) arrived.set(index, read);
  };
  const next = new Int32Array(new SharedArrayBuffer(4));
  let running = threads;
  for (let w = 0; w < threads; w++) {
    const worker = startWorker(Worker);
    const message: DocumentJobs = { documents, next, lang };
    worker.postMessage(message);
    worker.on('message', (m: DocumentMessage) => {
      if ('index' in m) delivered(m.index, m.read);
    });
    // A worker that fails leaves its files unread: once every worker has stopped, those are read here.
    const stopped = () => {
      if (--running > 0) return;
      for (const [index, resolve] of [...pending]) {
        pending.delete(index);
        resolve(undefined);
      }
    };
    worker.once('error', () => undefined);
    worker.once('exit', stopped);
  }
  const indexOf = new Map(documents.map((f, i) => [f, i]));
  return async (file) => {
    const index = indexOf.get(file);
    if (index === undefined) return readDocumentFile(file, lang);
    let read = arrived.get(index);
    arrived.delete(index);
    if (!read && running > 0) read = await new Promise<PortableRead | undefined>((resolve) => pending.set(index, resolve));
    return read ? fromPortable(read, lang) : readDocumentFile(file, lang);
  };
}
