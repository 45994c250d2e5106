/**
 * Hashed text features shared by the shipped tone models and their training scripts: word
 * unigrams, word bigrams and character 3- and 4-grams inside each word (with word-boundary marks).
 * Features are hashed straight from character codes, so scoring a text allocates nothing.
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

/** The code at padded position `p` of the word `[start, end)`: a boundary mark outside it. */
function paddedAt(text: string, start: number, end: number, p: number): number {
  const i = start + p - 1;
  return i < start || i >= end ? BOUNDARY : text.charCodeAt(i);
}

/**
 * Calls `visit(bucket)` for every feature of `text[from, to)`, with `mask = dimension - 1`
 * (a power of two). Returns the number of features visited.
 */
export function visitFeatures(text: string, from: number, to: number, mask: number, visit: (bucket: number) => void): number {
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
    const end = i;

    visit(finish(word ^ UNIGRAM_SEED) & mask);
    count++;
    if (hasPrevious) {
      visit(finish(mix(previous, word) ^ BIGRAM_SEED) & mask);
      count++;
    }
    previous = word;
    hasPrevious = true;

    const padded = end - start + 2;
    for (let n = 3; n <= 4; n++) {
      for (let p = 0; p + n <= padded; p++) {
        let gram = FNV_OFFSET ^ n;
        for (let k = 0; k < n; k++) gram = mix(gram, paddedAt(text, start, end, p + k));
        visit(finish(gram ^ CHAR_SEED) & mask);
        count++;
      }
    }
  }
  return count;
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
