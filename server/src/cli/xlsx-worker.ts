/**
 * Writes the xlsx workbook in a worker thread: this file is bundled on its own (dist/cli-xlsx.js) with
 * exceljs, so the CLI loads exceljs only when a workbook is asked for (see writeXlsx in main.ts).
 */
import { parentPort, workerData } from 'worker_threads';
import { writeWorkbook } from './xlsx';
import type { Extracted } from './output';

const { items, file, lang } = workerData as { items: Extracted[]; file: string; lang: 'zh-cn' | 'en' };
writeWorkbook(items, file, lang).then(
  () => parentPort!.postMessage({ ok: true }),
  (e) => parentPort!.postMessage({ ok: false, error: String((e as Error)?.message ?? e) }),
);
