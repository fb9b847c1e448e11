/**
 * 32-bit hashing for blocking keys and id checks (FNV-1a, with murmur3's finaliser).
 * @module
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * FNV-1a of a string's UTF-16 code units (http://www.isthe.com/chongo/tech/comp/fnv/).
 * @example `hashString("smith") === hashString("smith"); // true`
 * @internal
 */
export function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

/**
 * A second, independent 32-bit hash of a string (FNV-1a from another offset, then murmur3's
 * finaliser): with {@link hashString}, 64 bits, enough to stand for a string in equality
 * tests (a false match among a million ids has odds below one in ten million).
 * @example `hashString2("nypd-17") !== hashString("nypd-17"); // true`
 * @internal
 */
export function hashString2(s: string): number {
  let h = 0x050c5d1f;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return finish(h);
}

/**
 * `h` with the four bytes of the 32-bit integer `n` mixed in.
 * @example `mixInt(mixInt(0, 5), 2009); // a key of kind 5 and year 2009`
 * @internal
 */
export function mixInt(h: number, n: number): number {
  let x = h;
  for (let k = 0; k < 4; k++) x = Math.imul(x ^ ((n >>> (8 * k)) & 0xff), FNV_PRIME);
  return x;
}

/**
 * Murmur3's finaliser, so that similar keys spread; never 0, which means "no key".
 * @example `finish(mixInt(7, 1)) !== 0; // true`
 * @internal
 */
export function finish(h: number): number {
  let x = h;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0 || 1;
}
