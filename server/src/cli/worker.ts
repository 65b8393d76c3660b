/** A CLI worker thread: checks its share of the files and posts the results back (see parallel.ts). */
import { parentPort, workerData } from 'worker_threads';
import { checkShare, CODE_CACHE_LOADER, FileJob, JobSettings } from './parallel';

const { settings } = workerData as { settings: JobSettings };
// The jobs come in a message, once the main thread has linked each report to last year's.
parentPort!.once('message', (jobs: FileJob[]) => {
  const results = checkShare(jobs, settings);
  // A first run's code cache is written now, while the main thread still waits: at its exit this thread may
  // already have been stopped.
  (globalThis as Record<symbol, { writeCaches(): void } | undefined>)[CODE_CACHE_LOADER]?.writeCaches();
  parentPort!.postMessage(results);
  parentPort!.close();
});
