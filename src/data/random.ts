/**
 * Seeded randomness for everything that must be reproducible: bootstrap intervals, exercise cards and their
 * shuffle, quiz distractors. The same seed gives the same sequence on every machine and in every browser.
 *
 * A seed is text or a number; a number is hashed as its decimal text, so `seed=42` in an address and the
 * number 42 in code give the same sequence. The text is hashed with 32-bit FNV-1a followed by murmur3's
 * finaliser (FNV alone leaves similar seeds, "a1" and "a2", with similar low bits), and the hash seeds
 * mulberry32: 32 bits of state, fast, and good enough for sampling (it is not for cryptography).
 */

/** Floats in [0, 1), one per call. */
export type Random = () => number;

/** A 32-bit unsigned hash of a seed's text. */
export function hashSeed(seed: string | number): number {
  const text = String(seed);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** mulberry32 seeded from the seed's hash. */
export function createRandom(seed: string | number): Random {
  let a = hashSeed(seed);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, n). */
export function randomInt(rand: Random, n: number): number {
  return Math.floor(rand() * n);
}

/** A shuffled copy (Fisher–Yates); the input is left as it was. */
export function shuffled<T>(items: readonly T[], rand: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = randomInt(rand, i + 1);
    const tmp = out[i] as T;
    out[i] = out[j] as T;
    out[j] = tmp;
  }
  return out;
}
