/** A CLI worker thread: checks its share of the files and posts the results back (see parallel.ts). */
import { parentPort, workerData } from 'worker_threads';
import type { ReportDocument } from '../engine';
import { checkOne, FileJob, JobSettings, PortableResult } from './parallel';

const { settings } = workerData as { settings: JobSettings };
// The jobs come in a message, once the main thread has linked each report to last year's.
parentPort!.once('message', (jobs: FileJob[]) => {
  const previous = new Map<string, ReportDocument>();
  const out: PortableResult[] = jobs.map((job) => {
    try {
      return checkOne(job, settings, previous);
    } catch (e) {
      return { file: job.file, error: String((e as Error)?.message ?? e) };
    }
  });
  parentPort!.postMessage(out);
  parentPort!.close();
});
