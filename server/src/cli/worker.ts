/** A CLI worker thread: checks its share of the files and posts the results back (see parallel.ts). */
import { parentPort, workerData } from 'worker_threads';
import { checkShared, CODE_CACHE_LOADER, JobSettings, WorkerJobs } from './parallel';

const { settings } = workerData as { settings: JobSettings };
// The jobs come in a message, once the main thread has linked each report to last year's.
parentPort!.once('message', ({ jobs, next }: WorkerJobs) => {
  const results = checkShared(jobs, next, settings);
  // A first run's code cache is written now, while the main thread still waits: at its exit this thread may
  // already have been stopped.
  (globalThis as Record<symbol, { writeCaches(): void } | undefined>)[CODE_CACHE_LOADER]?.writeCaches();
  parentPort!.postMessage(results);
  parentPort!.close();
});
