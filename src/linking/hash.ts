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

/**
 * Two independent 32-bit hashes of `s` in one pass over it: {@link hashString}'s to
 * `out[at]`, and FNV-1a from another offset, then murmur3's finaliser, to `out[at + 1]`
 * (as signed 32-bit numbers: the same bits). Together 64 bits, enough to stand for a string
 * in equality tests (a false match among a million ids has odds below one in ten million).
 * @example `hashBoth("nypd-17", num, 4); // num[4] === hashString("nypd-17") | 0`
 * @internal
 */
export function hashBoth(s: string, out: Int32Array, at: number): void {
  let h = FNV_OFFSET;
  let h2 = 0x050c5d1f;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h = Math.imul(h ^ c, FNV_PRIME);
    h2 = Math.imul(h2 ^ c, FNV_PRIME);
  }
  out[at] = h;
  out[at + 1] = finish(h2);
}
