/**
 * A multimap from 32-bit hashes to small integer ids, packed in one sorted
 * Float64Array: built in one sort, no object per entry, looked up by binary
 * search. Holds the deletion neighbourhoods of the vocabulary (≈190,000
 * entries for the full list), where a Map would cost an entry object each;
 * an open-addressing slot table over the distinct hashes finds a hash's
 * first entry in O(1). Most lookups are of absent hashes (a query word's
 * deletion neighbourhood is mostly not on the list): a bit filter small
 * enough to stay in the processor's cache answers most of them without
 * touching the large tables.
 */

/** Ids must stay below 2^20 so that hash × 2^20 + id is exact in a double (< 2^52). */
const ID_BITS = 20;
const ID_LIMIT = 2 ** ID_BITS;

export class HashMultimap {
  #entries: Float64Array<ArrayBufferLike> = new Float64Array(1024);
  #size = 0;
  #frozen = false;
  /** Open-addressing table over the distinct hashes: slot → index of the hash's first entry, −1 when empty. */
  #slots: Int32Array<ArrayBufferLike> = new Int32Array(0);
  #mask = 0;
  /** Bit `filterBit(hash)` is set when some stored hash sets it (16 bits per distinct hash: ~6% of absent hashes pass). */
  #filter: Int32Array<ArrayBufferLike> = new Int32Array(0);
  #filterMask = 0;

  /** Adds an entry (before `freeze`). */
  add(hash: number, id: number): void {
    if (this.#frozen) throw new Error('HashMultimap: add after freeze');
    if (id >= ID_LIMIT) throw new RangeError(`HashMultimap: id ${id} is not below 2^${ID_BITS}`);
    if (this.#size === this.#entries.length) {
      const grown = new Float64Array(this.#entries.length * 2);
      grown.set(this.#entries);
      this.#entries = grown;
    }
    this.#entries[this.#size++] = hash * ID_LIMIT + id;
  }

  /** Sorts the entries and builds the slot table; lookups work from then on. */
  freeze(): void {
    const entries = this.#entries.slice(0, this.#size).sort();
    this.#entries = entries;
    let capacity = 1024;
    while (capacity < this.#size * 2) capacity *= 2;
    const slots = new Int32Array(capacity).fill(-1);
    const mask = capacity - 1;
    let filterBits = 1024;
    while (filterBits < this.#size * 16) filterBits *= 2;
    const filter = new Int32Array(filterBits >>> 5);
    const filterMask = filterBits - 1;
    let previous = -1;
    for (let i = 0; i < entries.length; i++) {
      const hash = Math.floor(entries[i]! / ID_LIMIT);
      if (hash === previous) continue;
      previous = hash;
      const bit = filterBit(hash) & filterMask;
      filter[bit >>> 5]! |= 1 << (bit & 31);
      let slot = mix(hash) & mask;
      while (slots[slot] !== -1) slot = (slot + 1) & mask;
      slots[slot] = i;
    }
    this.#slots = slots;
    this.#mask = mask;
    this.#filter = filter;
    this.#filterMask = filterMask;
    this.#frozen = true;
  }

  /** Calls `visit` with every id stored under `hash` (an id twice if added twice). */
  forEach(hash: number, visit: (id: number) => void): void {
    const bit = filterBit(hash) & this.#filterMask;
    if ((this.#filter[bit >>> 5]! & (1 << (bit & 31))) === 0) return;
    const entries = this.#entries;
    const slots = this.#slots;
    const low = hash * ID_LIMIT;
    const high = low + ID_LIMIT;
    for (let slot = mix(hash) & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const start = slots[slot]!;
      if (start === -1) return;
      const first = entries[start]!;
      if (first < low || first >= high) continue;
      for (let i = start; i < entries.length && entries[i]! < high; i++) visit(entries[i]! - low);
      return;
    }
  }

  get size(): number {
    return this.#size;
  }

  /** The frozen tables as plain typed arrays, for a snapshot (`src/snapshot/`). */
  toData(): HashMultimapData {
    if (!this.#frozen) throw new Error('HashMultimap: toData before freeze');
    return { entries: this.#entries, slots: this.#slots, mask: this.#mask, filter: this.#filter, filterMask: this.#filterMask };
  }

  /** A frozen multimap from `toData`'s tables (shared, not copied). */
  static fromData(data: HashMultimapData): HashMultimap {
    const map = new HashMultimap();
    map.#entries = data.entries;
    map.#size = data.entries.length;
    map.#slots = data.slots;
    map.#mask = data.mask;
    map.#filter = data.filter;
    map.#filterMask = data.filterMask;
    map.#frozen = true;
    return map;
  }
}

/** A frozen {@link HashMultimap}'s tables (see `toData`). */
export interface HashMultimapData {
  entries: Float64Array<ArrayBufferLike>;
  slots: Int32Array<ArrayBufferLike>;
  mask: number;
  filter: Int32Array<ArrayBufferLike>;
  filterMask: number;
}

/** A second, independent spread of the hash for the filter. */
function filterBit(hash: number): number {
  const h = Math.imul(hash ^ (hash >>> 15), 0x2c1b3c6d);
  return (h ^ (h >>> 12)) >>> 0;
}

/** Spreads hash bits over the slot index (the low bits of FNV-1a alone cluster). */
function mix(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x45d9f3b);
  return (h ^ (h >>> 16)) >>> 0;
}
