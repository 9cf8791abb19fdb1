/**
 * A small seeded generator (mulberry32) so that every pass over the data can regenerate the
 * same case, allegation or event from its index instead of keeping millions of rows in memory.
 */
export class Random {
  private state: number;

  constructor(...seeds: number[]) {
    let h = 0x9e3779b9;
    for (const seed of seeds) h = mix32(h ^ Math.imul(seed | 0, 0x85ebca6b));
    this.state = h >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** One of the keys, with the probability of its weight. */
  weighted<T extends string>(weights: Readonly<Record<T, number>>): T {
    const { keys, cumulative } = tableOf(weights);
    const point = this.next() * cumulative[cumulative.length - 1];
    for (let i = 0; i < keys.length; i++) if (point < cumulative[i]) return keys[i];
    return keys[keys.length - 1];
  }

  /** `count` distinct items (fewer when there are not enough). */
  sample<T>(items: readonly T[], count: number): T[] {
    const chosen = new Set<number>();
    const wanted = Math.min(count, items.length);
    while (chosen.size < wanted) chosen.add(Math.floor(this.next() * items.length));
    return [...chosen].map((index) => items[index]);
  }

  /** Hex digits (a multiple of 8), for a hash-looking value that need not be a real digest. */
  hex(length: number): string {
    let text = '';
    for (let i = 0; i < length; i += 8) text += hex8((this.next() * 4294967296) >>> 0);
    return text;
  }
}

interface WeightTable {
  keys: string[];
  cumulative: number[];
}

/** Weight maps are module constants: each is summed once, not on every draw. */
const weightTables = new WeakMap<object, WeightTable>();

function tableOf<T extends string>(weights: Readonly<Record<T, number>>): { keys: T[]; cumulative: number[] } {
  let table: WeightTable | undefined = weightTables.get(weights);
  if (!table) {
    const entries = Object.entries<number>(weights);
    let sum = 0;
    table = { keys: entries.map(([key]) => key), cumulative: entries.map(([, weight]) => (sum += weight)) };
    weightTables.set(weights, table);
  }
  return table as { keys: T[]; cumulative: number[] };
}

/** MurmurHash3's finaliser: a bijection on 32-bit integers that scatters neighbours. */
export function mix32(value: number): number {
  let h = value | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const BYTE_HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** Eight hex digits; ids and hashes need millions of these, and toString(16) is slow. */
function hex8(value: number): string {
  return (
    BYTE_HEX[(value >>> 24) & 255] +
    BYTE_HEX[(value >>> 16) & 255] +
    BYTE_HEX[(value >>> 8) & 255] +
    BYTE_HEX[value & 255]
  );
}

/**
 * Ids that look like `gen_random_uuid()`'s, derived from (run, kind, index) so that each pass
 * finds the same id for the same row. The first group is a bijection of the index, so ids of
 * one kind never collide within a run; the run's salt keeps separate runs apart.
 */
export class IdSpace {
  constructor(private readonly salt: number) {}

  id(kind: number, index: number): string {
    const a = mix32(index ^ this.salt);
    const b = mix32(a ^ Math.imul(kind + 1, 0x27d4eb2d));
    const c = mix32(b ^ this.salt ^ kind);
    const d = mix32(c + index);
    // Version 4 and the RFC 4122 variant, as gen_random_uuid() writes them.
    const middle = hex8((((b >>> 16) & 0x0fff) | 0x4000) * 65536 + ((b & 0x3fff) | 0x8000));
    const tag = hex8(this.salt ^ Math.imul(kind, 0x9e3779b1));
    return `${hex8(a)}-${tag.slice(0, 4)}-${middle.slice(0, 4)}-${middle.slice(4)}-${hex8(c).slice(0, 4)}${hex8(d)}`;
  }
}
