/**
 * The build writes the bundles as pure ASCII (scripts/ascii-bundle.cjs): Node then reads each as a one-byte string
 * instead of decoding UTF-8 into a two-byte one, at every start (issue 15, one report cold). The non-ASCII characters
 * esbuild leaves are in regex literals and comments; escaped, every regex must match exactly what it matched.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ROOT } from '../helpers/fixtures';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const { asciiBundle, escapeRegex } = require(path.join(ROOT, 'scripts', 'ascii-bundle.cjs')) as {
  asciiBundle: (code: string) => string; escapeRegex: (literal: string) => string;
};

const isAscii = (s: string) => !/[^\x00-\x7f]/.test(s);
const literal = (code: string): RegExp => new Function(`return ${code};`)();

/** Texts the regexes below are tried on: the characters they name, around and alone. */
const PROBES = ['其它', '其他', '“三安全一稳定”', '"x"', '其', '😀', '😀😀', '\ud83d', 'a其b', '上午10:23', '名其其', '其\\', '\\其', '/其/', ''];

describe('bundles in ASCII (scripts/ascii-bundle.cjs)', () => {
  const regexes = [
    String.raw`/其它/g`, String.raw`/[“”"]/g`, String.raw`/^(?:上午|下午)?\s*\d/`, String.raw`/\其/`, String.raw`/[\其]/`,
    String.raw`/\\其/`, String.raw`/😀+/u`, String.raw`/[😀]/u`, String.raw`/[😀]/`, String.raw`/(?<名>其)\k<名>/`,
    String.raw`/\/其\//`, String.raw`/[^，。]/v`,
  ];
  for (const source of regexes) {
    it(`${source} matches exactly as before once escaped`, () => {
      const escaped = escapeRegex(source);
      assert.ok(isAscii(escaped), escaped);
      const [before, after] = [literal(source), literal(escaped)];
      assert.strictEqual(after.flags, before.flags);
      for (const probe of PROBES) {
        before.lastIndex = after.lastIndex = 0;
        assert.deepStrictEqual(after.exec(probe), before.exec(probe), `${source} → ${escaped} on ${JSON.stringify(probe)}`);
      }
    });
  }

  it('escapes regex literals and comments, nothing else, and the code does the same', () => {
    // Strings as esbuild writes them (escaped); the regex literals and comments as it leaves them.
    const input = String.raw`/* 注释 → */ const re = /[“”"]其它/g; // 行尾注释
const s = "a/\u5176/b"; module.exports = s.replace(/\/其\//, '-') + ("\u201C\u5176\u5B83".match(re) ?? []).length;`;
    const out = asciiBundle(input);
    assert.ok(isAscii(out), out);
    const run = (c: string) => { const m = { exports: undefined as unknown }; new Function('module', c)(m); return m.exports; };
    assert.strictEqual(run(out), run(input));
    assert.strictEqual(run(out), 'a-b1');
  });

  it('leaves code alone when a non-ASCII character is where it means itself (a raw template)', () => {
    const code = 'const t = String.raw`上午`; const r = /其/;';
    assert.strictEqual(asciiBundle(code), code);
  });

  it('leaves code alone that does not parse cleanly (its regex literals could be misplaced)', () => {
    assert.strictEqual(asciiBundle('const r = /其/; const x = ;'), 'const r = /其/; const x = ;');
    assert.strictEqual(asciiBundle('const r = /其/;'), 'const r = /\\u5176/;');
  });

  it('the bundles the CLI, the server and the extension load are pure ASCII (npm test builds them first)', () => {
    for (const f of ['cli.js', 'server.js', 'client.js', 'readers.js', 'writers.js']) {
      assert.ok(isAscii(fs.readFileSync(path.join(ROOT, 'dist', f), 'latin1')), `dist/${f} has non-ASCII bytes`);
    }
  });
});
