/** A CLI worker thread: checks its share of the files and posts the results back (see parallel.ts). */
import { parentPort, workerData } from 'worker_threads';
import { checkShare, FileJob, JobSettings } from './parallel';

const { settings } = workerData as { settings: JobSettings };
// The jobs come in a message, once the main thread has linked each report to last year's.
parentPort!.once('message', (jobs: FileJob[]) => {
  parentPort!.postMessage(checkShare(jobs, settings));
  parentPort!.close();
});
