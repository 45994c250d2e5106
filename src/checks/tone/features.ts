/**
 * Hashed text features shared by the shipped tone models and their training scripts: word
 * unigrams, word bigrams and character 3- and 4-grams inside each word (with word-boundary marks).
 * Features are hashed straight from character codes into a reused buffer: scoring allocates nothing.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const UNIGRAM_SEED = 0x9e3779b1;
const BIGRAM_SEED = 0x85ebca6b;
const CHAR_SEED = 0xc2b2ae35;
const BOUNDARY = 0x20;

/** Letters and digits of any script; emoji (surrogates) and punctuation separate words. */
export function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  if (code >= 0xd800 && code <= 0xdfff) return false;
  if (code >= 0x2000 && code <= 0x2bff) return false;
  return code >= 0xc0 && code !== 0xd7 && code !== 0xf7;
}

function mix(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

function finish(hash: number): number {
  // Avalanche so that the low bits used as a bucket depend on every character.
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

let buckets = new Int32Array(4096);
// One word with its boundary marks, so n-grams read plain array slots.
let padded = new Uint16Array(64);

/**
 * The feature buckets of `text[from, to)` for `mask = dimension - 1` (a power of two). A bucket
 * of a larger dimension, masked down, is the bucket of the smaller one, so one pass serves models
 * of several sizes. The result is a view of a buffer reused by the next call: read it, don't keep it.
 */
export function featureBuckets(text: string, from: number, to: number, mask: number): Int32Array {
  let count = 0;
  let previous = 0;
  let hasPrevious = false;
  let i = from;
  while (i < to) {
    while (i < to && !isWordChar(text.charCodeAt(i))) i++;
    if (i >= to) break;
    const start = i;
    let word = FNV_OFFSET;
    while (i < to && isWordChar(text.charCodeAt(i))) word = mix(word, text.charCodeAt(i++));
    const length = i - start;
    // A word adds at most two word features and 2 × (length + 1) character n-grams.
    const need = count + 2 * length + 4;
    if (need > buckets.length) {
      const grown = new Int32Array(Math.max(buckets.length * 2, need));
      grown.set(buckets.subarray(0, count));
      buckets = grown;
    }
    if (length + 2 > padded.length) padded = new Uint16Array(length + 2);
    padded[0] = BOUNDARY;
    for (let k = 0; k < length; k++) padded[k + 1] = text.charCodeAt(start + k);
    padded[length + 1] = BOUNDARY;

    buckets[count++] = finish(word ^ UNIGRAM_SEED) & mask;
    if (hasPrevious) buckets[count++] = finish(mix(previous, word) ^ BIGRAM_SEED) & mask;
    previous = word;
    hasPrevious = true;

    for (let n = 3; n <= 4; n++) {
      for (let p = 0; p + n <= length + 2; p++) {
        let gram = FNV_OFFSET ^ n;
        for (let k = 0; k < n; k++) gram = mix(gram, padded[p + k]!);
        buckets[count++] = finish(gram ^ CHAR_SEED) & mask;
      }
    }
  }
  return buckets.subarray(0, count);
}

/** Hash of the word `text[start, end)`, for allocation-free lookups in a set of `wordHash`es. */
export function wordHash(text: string, start: number, end: number): number {
  let hash = FNV_OFFSET;
  for (let i = start; i < end; i++) hash = mix(hash, text.charCodeAt(i));
  return finish(hash);
}

/** Calls `visit(start, end)` for each word of `text[from, to)`. */
export function forEachWord(text: string, from: number, to: number, visit: (start: number, end: number) => void): void {
  let i = from;
  while (i < to) {
    while (i < to && !isWordChar(text.charCodeAt(i))) i++;
    const start = i;
    while (i < to && isWordChar(text.charCodeAt(i))) i++;
    if (i > start) visit(start, i);
  }
}
