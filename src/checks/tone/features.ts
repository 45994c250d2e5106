/**
 * Hashed text features shared by the shipped tone models and their training scripts: word
 * unigrams, word bigrams, character 3- and 4-grams inside each word (with word-boundary marks),
 * the word after a negation marked as negated ("tidak bagus" → NOT_bagus), each ASCII punctuation
 * mark, two word shapes (letters mixed with digits as in "tiba2"; no vowel as in "yg", "tp") and
 * whether the text ends on punctuation. Spaces around punctuation do not change any feature, so
 * tokenised training text and raw drafts read alike. Features are hashed straight from character
 * codes into a reused buffer: scoring allocates nothing.
 */

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const UNIGRAM_SEED = 0x9e3779b1;
const BIGRAM_SEED = 0x85ebca6b;
const CHAR_SEED = 0xc2b2ae35;
const NEGATED_SEED = 0x27d4eb2f;
const PUNCTUATION_SEED = 0x165667b1;
const SHAPE_SEED = 0xd3a2646c;
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

function rawHash(word: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) hash = mix(hash, word.charCodeAt(i));
  return hash;
}

/** Negations, standard and chat spellings: the next word is read as negated. */
const NEGATIONS = new Set(
  'tidak tak bukan belum kurang jangan tanpa gak nggak enggak ga gk tdk engga ngga kagak ndak nda blm bkn jgn'.split(' ').map(rawHash),
);

// Shape and ending features: one fixed bucket each.
const MIXED_DIGITS = finish(mix(SHAPE_SEED, 1));
const NO_VOWEL = finish(mix(SHAPE_SEED, 2));
const ENDS_PUNCTUATED = finish(mix(SHAPE_SEED, 3));
const ENDS_BARE = finish(mix(SHAPE_SEED, 4));

function grow(need: number): void {
  if (need <= buckets.length) return;
  const grown = new Int32Array(Math.max(buckets.length * 2, need));
  grown.set(buckets);
  buckets = grown;
}

function isVowel(code: number): boolean {
  return code === 97 || code === 101 || code === 105 || code === 111 || code === 117;
}

/**
 * The feature buckets of `text[from, to)` for `mask = dimension - 1` (a power of two). A bucket
 * of a larger dimension, masked down, is the bucket of the smaller one, so one pass serves models
 * of several sizes. The result is a view of a buffer reused by the next call: read it, don't keep it.
 */
export function featureBuckets(text: string, from: number, to: number, mask: number): Int32Array {
  let count = 0;
  let previous = 0;
  let hasPrevious = false;
  let negated = false;
  let endsPunctuated = false;
  let i = from;
  while (i < to) {
    while (i < to && !isWordChar(text.charCodeAt(i))) {
      const code = text.charCodeAt(i++);
      if (code > 0x20 && code < 0x7f) {
        grow(count + 1);
        buckets[count++] = finish(mix(PUNCTUATION_SEED, code)) & mask;
        endsPunctuated = true;
        // A clause mark ends the negation's reach.
        if (code === 0x2c || code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3b) negated = false;
      }
    }
    if (i >= to) break;
    const start = i;
    let word = FNV_OFFSET;
    let digits = 0;
    let vowels = 0;
    while (i < to && isWordChar(text.charCodeAt(i))) {
      const code = text.charCodeAt(i++);
      word = mix(word, code);
      if (code >= 48 && code <= 57) digits++;
      else if (isVowel(code)) vowels++;
    }
    const length = i - start;
    endsPunctuated = false;
    // A word adds at most five word-level features and 2 × length + 1 character n-grams.
    grow(count + 2 * length + 6);
    if (length + 2 > padded.length) padded = new Uint16Array(length + 2);
    padded[0] = BOUNDARY;
    for (let k = 0; k < length; k++) padded[k + 1] = text.charCodeAt(start + k);
    padded[length + 1] = BOUNDARY;

    buckets[count++] = finish(word ^ UNIGRAM_SEED) & mask;
    if (hasPrevious) buckets[count++] = finish(mix(previous, word) ^ BIGRAM_SEED) & mask;
    if (negated) buckets[count++] = finish(word ^ NEGATED_SEED) & mask;
    negated = NEGATIONS.has(word);
    if (digits > 0 && digits < length) buckets[count++] = MIXED_DIGITS & mask;
    else if (digits === 0 && vowels === 0 && length >= 2) buckets[count++] = NO_VOWEL & mask;
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
  if (count > 0) {
    grow(count + 1);
    buckets[count++] = (endsPunctuated ? ENDS_PUNCTUATED : ENDS_BARE) & mask;
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
