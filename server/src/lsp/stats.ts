/**
 * How often the server really analysed each document (the engine answers a repeated request for the same
 * version and options from its cache, returning the same Analysis object; a new object is a new analysis),
 * and what became of the diagnostic pulls. Read by tests and the benchmark through `gknb/stats`; with the
 * environment variable GKNB_TRACE=1 every change, analysis and pull is also logged with its time (the
 * benchmark in the real editor reads these lines from VS Code's output log).
 */
import type { Analysis } from '../engine';

export const STATS_REQUEST = 'gknb/stats';

export interface DocumentStats {
  /** didChange notifications received. */
  changes: number;
  /** Analyses computed (cache hits not counted). */
  analyses: number;
  /** The same, by the request that needed them (diagnostics, codeAction, documentSymbol, …). */
  byReason: Record<string, number>;
  /**
   * Diagnostic pulls received (in push mode: publications prepared), of which: waited for typing to pause,
   * cancelled (ServerCancelled), answered unchanged. Counts of a document start again when it is closed.
   */
  pulls: number;
  waited: number;
  cancelled: number;
  unchanged: number;
}

export interface StatsResult {
  analyses: number;
  documents: Record<string, DocumentStats>;
}

export class AnalysisStats {
  private readonly seen = new WeakSet<Analysis>();
  private readonly docs = new Map<string, DocumentStats>();

  constructor(private readonly trace?: (msg: string) => void) {}

  private of(uri: string): DocumentStats {
    let s = this.docs.get(uri);
    if (!s) this.docs.set(uri, (s = { changes: 0, analyses: 0, byReason: {}, pulls: 0, waited: 0, cancelled: 0, unchanged: 0 }));
    return s;
  }

  /** A trace line, stamped with the wall-clock time (ISO 8601, ms) so it can be set against the editor's timings. */
  private log(msg: string): void {
    this.trace?.(`${new Date().toISOString()} ${msg}`);
  }

  /** A didChange of `uri` brought it to `version`. */
  changed(uri: string, version: number): void {
    this.of(uri).changes++;
    this.log(`change ${uri} v${version}`);
  }

  /** An analysis the engine returned for `uri` at (LSP) `version`; counted when it was computed rather than cached. */
  analysed(uri: string, version: number, analysis: Analysis, reason: string): void {
    if (this.seen.has(analysis)) return;
    this.seen.add(analysis);
    const s = this.of(uri);
    s.analyses++;
    s.byReason[reason] = (s.byReason[reason] ?? 0) + 1;
    this.log(`analysed ${uri} v${version} for ${reason} (#${s.analyses})`);
  }

  /** A diagnostic pull for `uri` at `version` ended: waited `waitedMs`, then cancelled, unchanged or answered. */
  pulled(uri: string, version: number, waitedMs: number, outcome: 'cancelled' | 'unchanged' | 'answered'): void {
    const s = this.of(uri);
    s.pulls++;
    if (waitedMs > 0) s.waited++;
    if (outcome === 'cancelled') s.cancelled++;
    if (outcome === 'unchanged') s.unchanged++;
    this.log(`pull ${uri} v${version}: waited ${waitedMs.toFixed(1)} ms, ${outcome}`);
  }

  get(uri?: string): StatsResult {
    const entries = [...this.docs].filter(([u]) => uri === undefined || u === uri);
    return {
      analyses: entries.reduce((n, [, s]) => n + s.analyses, 0),
      documents: Object.fromEntries(entries.map(([u, s]) => [u, { ...s, byReason: { ...s.byReason } }])),
    };
  }

  /** Start counting again (all documents, or one). */
  reset(uri?: string): void {
    if (uri === undefined) this.docs.clear();
    else this.docs.delete(uri);
  }
}
