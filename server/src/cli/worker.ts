/**
 * A CLI worker thread: checks report files taken from a counter shared with the other threads (see
 * parallel.ts), or reads documents the same way (see document-pool.ts), and posts the results back.
 * Part of the CLI bundle itself (one copy of the engine, not two): it acts only in a thread started as a
 * worker (startWorker's workerData), never when the bundle is loaded on the main thread.
 */
import type * as Threads from 'worker_threads';
import { checkShared, CODE_CACHE_LOADER, WORKER_ARGUMENT, WORKER_MARK, WorkerJobs } from './parallel';
import type { DocumentJobs, DocumentMessage } from './document-pool';
import { readPortable } from './documents';

/** A first run's code cache is written before the last message: at the main thread's exit this one may be stopped. */
const writeCodeCache = () => (globalThis as Record<symbol, { writeCaches(): void } | undefined>)[CODE_CACHE_LOADER]?.writeCaches();

// worker_threads is loaded only in a thread started as a worker (see WORKER_ARGUMENT).
const { isMainThread, parentPort, workerData } = process.argv.includes(WORKER_ARGUMENT) ? (require('worker_threads') as typeof Threads) : { isMainThread: true, parentPort: null, workerData: undefined };

// The jobs come in a message, once the main thread has linked each report to last year's.
if (!isMainThread && parentPort && (workerData as Record<string, unknown> | undefined)?.[WORKER_MARK]) parentPort.once('message', async (m: WorkerJobs | DocumentJobs) => {
  if ('documents' in m) {
    for (let i = Atomics.add(m.next, 0, 1); i < m.documents.length; i = Atomics.add(m.next, 0, 1)) {
      const message: DocumentMessage = { index: i, read: await readPortable(m.documents[i], m.lang) };
      parentPort!.postMessage(message);
    }
    writeCodeCache();
  } else {
    const results = checkShared(m.jobs, m.next, m.settings);
    writeCodeCache();
    parentPort!.postMessage(results);
  }
  parentPort!.close();
});
