/** The committed corpus's renderings as unit tests read them: a report's truth and text, its tables, its findings. */
import * as fs from 'fs';
import * as path from 'path';
import { checkText } from '../../server/src/engine';
import { extract } from '../../server/src/cli/output';
import { CORPUS, readTruths } from './corpusEval';

const truths = readTruths();
/** The report whose id starts with `id` (`r013`). */
export const truthOf = (id: string) => truths.find((t) => t.id.startsWith(id))!;
export const rendering = (id: string, file: string) => fs.readFileSync(path.join(CORPUS, truthOf(id).id, file), 'utf8');
export type Tables = Record<string, Record<string, Record<string, number | null>>>;
export const tablesOf = (text: string) => extract('t', checkText(text).model, text.split('\n')).tables as unknown as Tables;
/** Errors and warnings (information is never a false alarm). */
export const findings = (text: string) =>
  checkText(text).diagnostics.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => `${d.rule}: ${d.message}`);
