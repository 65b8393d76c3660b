/**
 * The channel between PDF.js's two sides (its "worker", which parses, and its API) when both run in this
 * thread. PDF.js's own fake worker posts through a LoopbackPort that structuredClones every message — in a
 * profile of 100 PDFs ~1 s of CPU: each page's operator list and text content, and two small stream messages
 * per chunk. Here both sides are ours and short-lived, so a message is handed over as it is, after the same
 * microtask delay. What PDF.js reuses after posting is a stream's chunk: getTextContent sets the items of
 * the object it has just posted to a new array, OperatorList.flush empties the fnArray and argsArray it has
 * just posted. So a chunk is copied, one level deep (its arrays' elements are not touched again).
 */

type Listener = (event: { data: unknown }) => void;

export interface InThreadPort {
  postMessage(data: unknown, transfer?: unknown[]): void;
  addEventListener(type: string, listener: Listener, options?: { signal?: AbortSignal } | null): void;
  removeEventListener(type: string, listener: Listener): void;
  terminate(): void;
}

/** What one end posts, as the other receives it: a stream chunk and the arrays in it copied, the rest as is. */
function handedOver(data: unknown): unknown {
  const chunk = (data as { chunk?: unknown } | null)?.chunk;
  if (!chunk || typeof chunk !== 'object') return data;
  const copy: Record<string, unknown> = { ...chunk };
  for (const key of Object.keys(copy)) if (Array.isArray(copy[key])) copy[key] = (copy[key] as unknown[]).slice();
  return { ...(data as object), chunk: copy };
}

class End implements InThreadPort {
  other!: End;
  private readonly listeners = new Map<Listener, (() => void) | undefined>();
  private readonly settled = Promise.resolve();

  postMessage(data: unknown): void {
    const event = { data: handedOver(data) };
    const to = this.other;
    // Delivered after the current task's synchronous part, in posting order, as PDF.js's LoopbackPort does.
    void this.settled.then(() => {
      for (const listener of [...to.listeners.keys()]) listener.call(to, event);
    });
  }

  addEventListener(type: string, listener: Listener, options?: { signal?: AbortSignal } | null): void {
    if (type !== 'message') return;
    const signal = options?.signal;
    if (signal?.aborted) return;
    const onAbort = () => this.removeEventListener(type, listener);
    signal?.addEventListener('abort', onAbort, { once: true });
    this.listeners.set(listener, signal ? () => signal.removeEventListener('abort', onAbort) : undefined);
  }

  removeEventListener(_type: string, listener: Listener): void {
    this.listeners.get(listener)?.();
    this.listeners.delete(listener);
  }

  terminate(): void {
    for (const stop of this.listeners.values()) stop?.();
    this.listeners.clear();
  }
}

/** Two connected ends: what one posts, the other's listeners receive. */
export function inThreadPorts(): [InThreadPort, InThreadPort] {
  const a = new End();
  const b = new End();
  a.other = b;
  b.other = a;
  return [a, b];
}
