/** Renderings of corpora the engine was never tuned on (test/fixtures/unseen-seeds/): their truth and the cells read wrong. */
import * as fs from 'fs';
import * as path from 'path';
import { checkText, type Diagnostic } from '../../server/src/engine';
import { extract } from '../../server/src/cli/output';
import { FIXTURES } from './fixtures';

const DIR = path.join(FIXTURES, 'unseen-seeds');

export type Cells = Record<string, Record<string, number | null>>;
export interface Truth { id: string; tables: { table2: Cells; table3: Cells; table4: Cells } }

/** Cells read with a number other than the truth's (an unread cell is null, and is no wrong value). */
export function wrongCells(got: Truth['tables'], truth: Truth['tables']): string[] {
  const out: string[] = [];
  for (const table of ['table2', 'table3', 'table4'] as const) {
    for (const [row, cells] of Object.entries(got[table])) {
      for (const [column, value] of Object.entries(cells)) {
        const want = truth[table][row]?.[column];
        if (value !== null && value !== want) out.push(`${table}.${row}.${column}: ${value}, want ${want}`);
      }
    }
  }
  return out;
}

/** A rendering's lines with the first ` 0 ` value of the line holding `label` made blank (a cell the writer left empty). */
export function firstValueBlanked(lines: string[], label: string): string[] {
  const at = lines.findIndex((l) => l.includes(label));
  const first = lines[at].search(/ 0 /) + 1;
  const out = [...lines];
  out[at] = lines[at].slice(0, first) + ' ' + lines[at].slice(first + 1);
  return out;
}

/**
 * A kept rendering checked: `file` its file name in the rendering's folder (`.txt` when it has no extension), with
 * what gknb extract reads, the truth, and the lines.
 */
export function unseenRendering(name: string, file: string) {
  const text = fs.readFileSync(path.join(DIR, name, file.includes('.') ? file : `${file}.txt`), 'utf8');
  const truth = JSON.parse(fs.readFileSync(path.join(DIR, name, 'truth.json'), 'utf8')) as Truth;
  const a = checkText(text);
  const lines = text.split(/\r?\n/);
  const got = extract(name, a.model, lines).tables;
  return { a, got, truth, lines };
}

/** The errors and warnings of an analysis, as `rule message` (what a reviewer would be told to fix). */
export function serious(ds: readonly Diagnostic[]): string[] {
  return ds.filter((d) => d.severity === 'error' || d.severity === 'warning').map((d) => `${d.rule} ${d.message}`);
}

/** …leaving out title-format (the variants' titles are the generator's own, outside what these tests hold). */
export function seriousBeyondTitle(ds: readonly Diagnostic[]): string[] {
  return serious(ds).filter((d) => !d.startsWith('title-format'));
}

const VARIANTS = path.resolve(__dirname, '..', '..', '..', 'test', 'corpus', 'variants');

/** A committed structural variant's rendering (test/corpus/variants), edited by `edit`, checked and extracted, with its truth. */
export function committedVariant(id: string, layout: string, edit: (lines: string[]) => string[] = (l) => l) {
  const lines = edit(fs.readFileSync(path.join(VARIANTS, id, `${layout}.txt`), 'utf8').split(/\r?\n/));
  const truth = JSON.parse(fs.readFileSync(path.join(VARIANTS, id, 'truth.json'), 'utf8')) as Truth;
  const a = checkText(lines.join('\n'));
  return { a, got: extract(id, a.model, lines).tables, truth, lines };
}

/** The cells of a table read (not blank, not absent). */
export const readCells = (t: Cells) => Object.values(t).flatMap((r) => Object.values(r)).filter((v) => v !== null && v !== undefined).length;
