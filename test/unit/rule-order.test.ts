/**
 * Diagnostics at the same place are ordered by rule id with a plain code-unit comparison (a collator
 * costs a fresh `gknb check` ~10 ms): that is the order localeCompare gave, as long as ids stay
 * lowercase ASCII words with hyphens.
 */
import * as assert from 'assert';
import { RULE_IDS } from '../../server/src/engine';
import { compareIds } from '../../server/src/engine/compare';

describe('rule id order', () => {
  const ids = [...RULE_IDS, 'internal-error', 'unused-disable'];

  it('every rule id is lowercase ASCII letters, digits and hyphens', () => {
    for (const id of ids) assert.match(id, /^[a-z0-9-]+$/);
  });

  it('compareIds orders every pair of ids as localeCompare does', () => {
    for (const a of ids) for (const b of ids) assert.strictEqual(compareIds(a, b), Math.sign(a.localeCompare(b)), `${a} / ${b}`);
  });
});
