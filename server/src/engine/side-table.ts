/**
 * What the engine remembers about one report's own objects (its model, sections, blocks): what a WeakMap keyed by
 * them would hold, kept on the object itself under a symbol of the table's own, not enumerable.
 *
 * Why not a WeakMap: V8's young-generation collector (the scavenger) keeps a WeakMap's values alive even when
 * their key has died; only a full collection lets them go. A value made for one report that reaches its parse (a
 * section's blocks, the rows of a model) so kept the parse of every report checked since the last scavenge alive
 * through it, and moved it to the old generation: ~0.9 MB promoted per scavenge over the reviewer reports, ~0.06 MB
 * with these tables (bench/README.md, eighth pass). A property dies with its object.
 *
 * Not enumerable: not copied by object spread, not in JSON, Object.keys, structured clones or deepStrictEqual.
 * Values are objects (never undefined), so a missing property is a missing entry.
 *
 * Only for values that reach a report's parse: a WeakMap whose values are self-contained (strings, counts, claims)
 * lets a scavenge keep only those, and its lookups stay cheaper on a keystroke than a property added to a section
 * (which changes the section's hidden class).
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

/**
 * What the rules ask of one model more than once (several rules, one model at a time): the answer for the last model
 * asked, all that is ever asked again. It holds that one model until the next, instead of a WeakMap entry per model
 * whose value (rows, sections) a scavenge keeps alive with the model's parse (see SideTable), and adds no property to
 * the model.
 */
export class LastAnswer<K extends object, V> {
  private key?: K;
  private value?: V;

  get(key: K): V | undefined {
    return this.key === key ? this.value : undefined;
  }

  set(key: K, value: V): this {
    this.key = key;
    this.value = value;
    return this;
  }
}
