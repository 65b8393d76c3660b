/** The committed corpus's renderings as unit tests read them: a report's truth and text, its tables, its findings. */
import * as fs from 'fs';
import * as path from 'path';
import * as assert from 'assert';
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

/** Table 三's columns under 法人或其他组织: pdfminer's run order does not tell them apart (tables/columnwise.ts). */
const GROUPED = ['commercial', 'research', 'social_welfare', 'legal_service', 'other'];

/**
 * pdfminer's table 三 as read where the text settles it: every row read is the truth's, a row unread is unread whole,
 * and every row whose five columns under 法人或其他组织 hold one number (whichever way they trade) is read.
 */
export function assertReadWhereSettled(got: Record<string, Record<string, number | null>>, want: Record<string, Record<string, number | null>>): void {
  for (const [key, row] of Object.entries(want)) {
    const read = got[key];
    const alike = GROUPED.every((c) => row[c] === row[GROUPED[0]]);
    if (alike || Object.values(read).some((v) => v !== null)) assert.deepStrictEqual(read, row, key);
  }
}

/**
 * Table 三 read only where its rows are zeros (tables/zero-rows.ts): every row read is all zeros and the truth's, every
 * row holding a number unread.
 */
export function assertZerosOnly(got: Record<string, Record<string, number | null>>, want: Record<string, Record<string, number | null>>): void {
  for (const [key, row] of Object.entries(want)) {
    const zeros = Object.values(row).every((v) => v === 0);
    if (!zeros || Object.values(got[key]).some((v) => v !== null)) assert.deepStrictEqual(got[key], zeros ? row : Object.fromEntries(Object.keys(row).map((c) => [c, null])), key);
  }
}
