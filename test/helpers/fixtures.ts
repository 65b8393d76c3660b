/** Test fixtures: the seed reports and the hand-written layout samples, read from the repository. */
import * as fs from 'fs';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..', '..');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');

export function readFixture(rel: string): string {
  return fs.readFileSync(path.join(FIXTURES, rel), 'utf8');
}

export const SEEDS = fs.readdirSync(path.join(FIXTURES, 'seeds')).filter((f) => f.endsWith('.txt')).sort();

export function seed(prefix: string): { name: string; text: string } {
  const name = SEEDS.find((s) => s.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return { name, text: readFixture(path.join('seeds', name)) };
}

/** Every sample report: the five seeds plus one per hand-written layout. */
export function allSamples(): { name: string; text: string }[] {
  return [
    ...SEEDS.map((s) => ({ name: s, text: readFixture(path.join('seeds', s)) })),
    ...fs.readdirSync(path.join(FIXTURES, 'layouts')).sort().map((f) => ({ name: f, text: readFixture(path.join('layouts', f)) })),
  ];
}
