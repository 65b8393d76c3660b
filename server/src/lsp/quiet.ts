/**
 * Typing bursts are analysed once: a diagnostic pull for a document that changed less than QUIET_MS ago
 * waits until the document has been quiet for QUIET_MS. A keystroke during the wait makes VS Code cancel
 * the pull (vscode-languageclient cancels an outstanding pull on every didChange and pulls again once it
 * is answered); the wait ends at once and the server answers ServerCancelled with retriggerRequest, so
 * only the pull of the last keystroke is analysed. A document that has not changed (first open, settings
 * refresh, a re-pull after a pause) is answered without waiting.
 *
 * 40 ms: longer than the gap between key repeats (30–40 ms at the usual 25–33 Hz), between the changes
 * of a macro, a multi-step edit or fast programmatic typing, so those are one burst; short enough that the
 * wait plus an analysis (≤ 1 ms on a typical report, ~20 ms full re-parse of a 1 MB one) plus the editor's
 * own Problems-panel update stays well inside the 150 ms a user should wait after the last keystroke.
 * Human typing (100–200 ms between keys) is analysed per keystroke: that is cheap and shows fresh results.
 */
import { CancellationToken } from 'vscode-languageserver/node';
import { performance } from 'perf_hooks';

export const QUIET_MS = 40;

export class QuietPeriods {
  private readonly lastChange = new Map<string, number>();

  constructor(readonly quietMs = QUIET_MS, private readonly now: () => number = () => performance.now()) {}

  /** A didChange of `uri` arrived. */
  changed(uri: string): void {
    this.lastChange.set(uri, this.now());
  }

  forget(uri: string): void {
    this.lastChange.delete(uri);
  }

  /** Milliseconds until `uri` has been quiet for the interval (0: it is quiet now). */
  remaining(uri: string): number {
    const last = this.lastChange.get(uri);
    return last === undefined ? 0 : Math.max(0, last + this.quietMs - this.now());
  }

  /**
   * Resolves once `uri` has had no change for the quiet interval — later changes extend the wait — or
   * as soon as `token` is cancelled. Returns the milliseconds waited (0 when it was quiet already).
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
