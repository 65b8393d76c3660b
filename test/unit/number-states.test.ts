/**
 * The memo of printed-bands.ts's search (structure/number-states.ts) must answer exactly as the set of strings it
 * replaced (`parts.join(',')`): the same states found, no two states taken for one — else the search would take other
 * paths and, at its step limit, give other answers.
 */
import * as assert from 'assert';
import { NumberStates } from '../../server/src/engine/structure/number-states';

function written(states: NumberStates, parts: readonly number[]): number[] {
  states.clear();
  for (const x of parts) states.push(x);
  return states.take();
}

describe('number states (printed-bands memo)', () => {
  it('answers as a set of the lists joined into strings', () => {
    const lists: number[][] = [
      [], [0], [-0], [NaN], [1], [0, 0], [0, 1], [1, 0], [NaN, 0], [0, NaN], [-1, 2, 3], [2 ** 32, 0], [0, 2 ** 32],
      [1.5], [1], [4294967297], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3, 4, 5, 6, 7, 8, 9, 11], [12, 3], [1, 23],
    ];
    const states = new NumberStates();
    const strings = new Set<string>();
    for (const l of lists) {
      const s = written(states, l);
      assert.strictEqual(states.has(s), strings.has(l.join(',')), `has [${l.join(',')}]`);
      states.add(s);
      strings.add(l.join(','));
    }
    for (const l of lists) assert.ok(states.has(written(states, l)));
    assert.ok(!states.has(written(states, [7, 7, 7])));
  });

  it('agrees with the string set over many random lists', () => {
    let seed = 12345;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    const pick = [0, 1, 2, 3, NaN, -1, 10, 2 ** 32 + 1];
    const states = new NumberStates();
    const strings = new Set<string>();
    for (let k = 0; k < 3000; k++) {
      const l = Array.from({ length: Math.floor(next() * 5) }, () => pick[Math.floor(next() * pick.length)]);
      const s = written(states, l);
      assert.strictEqual(states.has(s), strings.has(l.join(',')));
      if (next() < 0.5) {
        states.add(s);
        strings.add(l.join(','));
      }
    }
  });

  it('keeps a taken state apart from the scratch written after it', () => {
    const states = new NumberStates();
    const a = written(states, [1, 2, 3]);
    written(states, [4, 5]);
    states.add(a);
    assert.ok(states.has(written(states, [1, 2, 3])));
    assert.ok(!states.has(written(states, [4, 5])));
  });
});
