import type { NormalizedText } from './index';

/**
 * The folding pipeline (RS-11), one code point at a time so that every folded character keeps the
 * original offset it came from: NFKC → drop invisibles and combining marks → 1:1 confusables →
 * lower case → strip Latin diacritics → collapse stretched letters. Leetspeak is not folded here
 * because identifiers need their digits; see `leetView`.
 */

// Zero-width, default-ignorable and bidi controls carry no visible text but split words ("ra\u200Bhasia").
const INVISIBLE = /^[\p{Default_Ignorable_Code_Point}\p{Mn}\p{Me}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]$/u;
const LATIN_LETTER = /^[a-z]$/;

/**
 * Cyrillic and Greek letters that look like Latin ones, mapped before lower-casing so that each
 * case maps by its own shape (Greek capital Η is an H, small η an n). One to one only (RS-11).
 */
const CONFUSABLES: Record<string, string> = {
  // Cyrillic capitals
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X',
  І: 'I', Ј: 'J', Ѕ: 'S', Ү: 'Y', Һ: 'H', Ԁ: 'D', Ԛ: 'Q', Ԝ: 'W', Ӏ: 'I',
  // Cyrillic small letters
  а: 'a', в: 'b', е: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x',
  і: 'i', ј: 'j', ѕ: 's', ү: 'y', һ: 'h', ԁ: 'd', ԛ: 'q', ԝ: 'w', ӏ: 'l', ѵ: 'v', ɡ: 'g',
  // Greek capitals
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T',
  Υ: 'Y', Χ: 'X',
  // Greek small letters and Latin look-alikes
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
  γ: 'y', ω: 'w', ɑ: 'a', ı: 'i', ȷ: 'j',
};

/** Decimal digits NFKC leaves alone (Arabic-Indic, Extended Arabic-Indic). */
function foreignDigit(code: number): string | undefined {
  if (code >= 0x660 && code <= 0x669) return String(code - 0x660);
  if (code >= 0x6f0 && code <= 0x6f9) return String(code - 0x6f0);
  return undefined;
}

const cache = new Map<number, string>();

/** The folded form of one code point, before stretched letters are collapsed. */
function foldCodePoint(code: number): string {
  const known = cache.get(code);
  if (known !== undefined) return known;
  let out = '';
  const digit = foreignDigit(code);
  const nfkc = digit ?? String.fromCodePoint(code).normalize('NFKC');
  for (const char of nfkc) {
    if (INVISIBLE.test(char)) continue;
    const lower = (CONFUSABLES[char] ?? char).toLowerCase();
    for (const c of lower) {
      if (INVISIBLE.test(c)) continue;
      const mapped = CONFUSABLES[c] ?? c;
      // "é" → "e": Indonesian writes no diacritics, so they only serve to dodge matching.
      const base = mapped.charCodeAt(0) > 0x7f ? mapped.normalize('NFD').charAt(0) : mapped;
      out += LATIN_LETTER.test(base) ? base : mapped;
    }
  }
  if (cache.size < 4096) cache.set(code, out);
  return out;
}

function isDigitCode(code: number | undefined): boolean {
  return code !== undefined && code >= 0x30 && code <= 0x39;
}

function isLetterCode(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

const PLAIN_ASCII = /^[\p{ASCII}]*$/u;
const STRETCHED = /([a-z])\1\1/i;

/** Folds a draft for matching; total (any string, lone surrogates included) and idempotent. */
export function normalize(original: string): NormalizedText {
  // Most drafts are plain ASCII with nothing to collapse: fold them natively, offsets one to one.
  if (PLAIN_ASCII.test(original) && !STRETCHED.test(original)) {
    const offsets = new Array<number>(original.length + 1);
    for (let i = 0; i <= original.length; i++) offsets[i] = i;
    return { original, text: original.toLowerCase(), offsets };
  }
  // Otherwise char codes and offsets in flat arrays, one code point at a time.
  const codes: number[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < original.length; ) {
    const code = original.codePointAt(i)!;
    if (code < 0x80) {
      codes.push(code >= 0x41 && code <= 0x5a ? code + 32 : code);
      offsets.push(i);
      i++;
      continue;
    }
    const folded = foldCodePoint(code);
    for (let k = 0; k < folded.length; k++) {
      codes.push(folded.charCodeAt(k));
      offsets.push(i);
    }
    i += code > 0xffff ? 2 : 1;
  }
  collapseStretched(codes, offsets);
  offsets.push(original.length);
  return { original, text: fromCodes(codes), offsets };
}

const CHUNK = 8192;

function fromCodes(codes: number[]): string {
  let text = '';
  for (let i = 0; i < codes.length; i += CHUNK) text += String.fromCharCode(...codes.slice(i, i + CHUNK));
  return text;
}

/**
 * "rahaaaasia" → "rahasia": a run of three or more of the same Latin letter becomes one. Runs of
 * two stay, because Indonesian has real double letters ("saat", "taat", "maaf"). The kept letter
 * maps to the run's first character, and the next folded character starts after the run, so a
 * span over it covers the whole run in the original.
 */
function collapseStretched(codes: number[], offsets: number[]): void {
  let write = 0;
  for (let read = 0; read < codes.length; ) {
    const code = codes[read]!;
    let run = 1;
    if (isLetterCode(code)) while (codes[read + run] === code) run++;
    // "3171O000..." : a run of O beside a digit stands for zeros, not a stretched letter.
    const besideDigit = isDigitCode(codes[read - 1]) || isDigitCode(codes[read + run]);
    const keep = run >= 3 && !besideDigit ? 1 : run;
    for (let k = 0; k < keep; k++) {
      codes[write] = code;
      offsets[write] = offsets[read + k]!;
      write++;
    }
    read += run;
  }
  codes.length = write;
  offsets.length = write;
}
