/**
 * Typing bursts are analysed once at their end, single keystrokes at once. A change that comes less than
 * QUIET_MS after the previous change of the same document is part of a burst: a diagnostic pull for it waits
 * until the document has been quiet for QUIET_MS. A keystroke during the wait makes VS Code cancel the pull
 * (vscode-languageclient cancels an outstanding pull on every didChange and pulls again once it is answered);
 * the wait ends at once and the server answers ServerCancelled with retriggerRequest, so of a burst only the
 * first keystroke (it came after a pause) and the last one are analysed. A document whose last change came
 * after a pause — an isolated keystroke, typing slower than one key per QUIET_MS — or that has not changed at
 * all (first open, settings refresh) is answered without waiting.
 *
 * 30 ms, from the budget of the 150 ms a user should wait at most after the last keystroke, measured in
 * code-server (bench/editor-latency.mjs): ~40 ms from the keystroke to the server, ~15 ms back to the
 * editor's squiggle and VS Code's own 64 ms debounce of the Problems panel leave ~30 ms for the wait plus an
 * analysis (≤ 1 ms on a typical report). Programmatic bursts and typing faster than any person (10 ms per key)
 * are coalesced; key repeat (30–40 ms) mostly is not, and each repeat then costs an analysis of ~1 ms.
 */
import { CancellationToken } from 'vscode-languageserver/node';
import { performance } from 'perf_hooks';

export const QUIET_MS = 30;

export class QuietPeriods {
  /** Per document: when it last changed, and whether that change came within the interval of the one before. */
  private readonly last = new Map<string, { at: number; inBurst: boolean }>();

  constructor(readonly quietMs = QUIET_MS, private readonly now: () => number = () => performance.now()) {}

  /** A didChange of `uri` arrived. */
  changed(uri: string): void {
    const at = this.now();
    const prev = this.last.get(uri);
    this.last.set(uri, { at, inBurst: prev !== undefined && at - prev.at < this.quietMs });
  }

  forget(uri: string): void {
    this.last.delete(uri);
  }

  /** Milliseconds until `uri` may be analysed: 0 unless its last change is part of a burst that may go on. */
  remaining(uri: string): number {
    const last = this.last.get(uri);
    return last?.inBurst ? Math.max(0, last.at + this.quietMs - this.now()) : 0;
  }

  /**
   * Resolves at once, or — during a burst — once `uri` has had no change for the quiet interval (later changes
   * extend the wait), or as soon as `token` is cancelled. Returns the milliseconds waited.
   */
  async settle(uri: string, token: CancellationToken): Promise<number> {
    let wait = this.remaining(uri);
    if (wait <= 0) return 0;
    const start = this.now();
    for (; wait > 0 && !token.isCancellationRequested; wait = this.remaining(uri)) await sleep(wait, token);
    return this.now() - start;
  }
}

function sleep(ms: number, token: CancellationToken): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      listener.dispose();
      resolve();
    };
    const timer = setTimeout(done, Math.ceil(ms));
    const listener = token.onCancellationRequested(done);
  });
}
