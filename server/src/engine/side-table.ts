/**
 * What the engine remembers about one report's own objects (its model, sections, blocks): what a WeakMap keyed by
 * them would hold, kept on the object itself under a symbol of the table's own, not enumerable.
 *
 * Why not a WeakMap: V8's young-generation collector (the scavenger) keeps a WeakMap's values alive even when
 * their key has died; only a full collection lets them go. A value made for one report that reaches its parse (a
 * section's blocks, the rows of a model) so kept the parse of every report checked since the last scavenge alive
 * through it, and moved it to the old generation: ~0.9 MB promoted per scavenge over the reviewer reports, ~0.06 MB
 * with these tables (bench/README.md, ninth pass). A property dies with its object.
 *
 * Not enumerable: not copied by object spread, not in JSON, Object.keys, structured clones or deepStrictEqual.
 * Values are objects (never undefined), so a missing property is a missing entry.
 */
export class SideTable<K extends object, V extends object> {
  private readonly slot: symbol;
  /** Keys that take no new property (frozen, sealed): remembered as a WeakMap would. */
  private fallback?: WeakMap<K, V>;

  constructor(name: string) {
    this.slot = Symbol(name);
  }

  get(key: K): V | undefined {
    const own = (key as Record<symbol, V | undefined>)[this.slot];
    return own !== undefined ? own : this.fallback?.get(key);
  }

  set(key: K, value: V): this {
    const slots = key as Record<symbol, V | undefined>;
    if (slots[this.slot] !== undefined) slots[this.slot] = value;
    else if (Object.isExtensible(key)) Object.defineProperty(key, this.slot, { value, writable: true, configurable: true });
    else (this.fallback ??= new WeakMap()).set(key, value);
    return this;
  }
}
