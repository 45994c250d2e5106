import { isRegencyCode, PROVINCE_CODES } from '../../data/classified/regions';
import type { NormalizedText } from '../../normalize';
import { nearestContext, type ContextKind } from './context';

/**
 * One scan of the draft's numbers shared by the identifier rules, so that a 16-digit number is
 * read once and reported by exactly one of them (a NIK is not also a card or a KK).
 */

export type IdentifierKind = 'nik' | 'kk' | 'npwp' | 'card' | 'bank' | 'bpjs' | 'mobile' | 'landline';

export interface Identifier {
  kind: IdentifierKind;
  digits: string;
  /** Folded span. */
  start: number;
  end: number;
  context: ContextKind | undefined;
  /** A NPWP that is a resident's NIK (PMK 112/2022). */
  isNik?: boolean;
}

interface Group {
  digits: string;
  start: number;
  end: number;
  /** Separator text before this group (empty for the first). */
  separator: string;
}

const SEPARATOR = new Set([' ', '.', '-', '(', ')']);
const MAX_SEPARATOR = 2;
const MAX_DIGITS = 19;
/** The most groups an identifier is written in: the NPWP's `99.999.999.9-999.999`. */
const MAX_GROUPS = 6;
/** The shortest identifier read here: a landline with its trunk 0. */
const MIN_DIGITS = 9;
/** A digit that starts a number rather than continuing a word or code. */
const RUN_START = /(?<![a-z0-9_])[0-9]/g;

function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

/** Runs of digit groups joined by short separators ("3171 0112 9001 0001", "+62 812-3456-7890"). */
function numberRuns(text: string): Group[][] {
  const runs: Group[][] = [];
  RUN_START.lastIndex = 0;
  while (RUN_START.exec(text)) {
    let i = RUN_START.lastIndex - 1;
    const run: Group[] = [];
    let separator = '';
    for (;;) {
      const start = i;
      while (isDigit(text[i])) i++;
      run.push({ digits: text.slice(start, i), start, end: i, separator });
      let next = i;
      while (next - i < MAX_SEPARATOR && SEPARATOR.has(text[next]!)) next++;
      if (next === i || !isDigit(text[next])) break;
      separator = text.slice(i, next);
      i = next;
    }
    // A number glued to letters ("INV2024…", "3171abc") or inside a letter number ("…/Diskominfo")
    // is a code, not an identifier.
    const code = /[a-z_/]/.test(text[i] ?? '') || text[run[0]!.start - 1] === '/';
    if (!code) runs.push(joinSpacedDigits(run));
    RUN_START.lastIndex = i;
  }
  return runs;
}

/** Letters written for digits: O for 0, l and I for 1. */
const DIGIT_LOOKALIKES = /[oli]+/g;
const LOOKALIKE_BESIDE_DIGIT = /[0-9][oli]|[oli][0-9]/;
const LOOKALIKE_VALUE: Record<string, string> = { o: '0', l: '1', i: '1' };

/**
 * The folded text with O/l/I read as digits where a run of them touches a digit and no other
 * letter ("O812-3456-789O", "3171O1120590OOO1"); same length, so folded offsets still apply.
 */
function digitView(text: string): string {
  if (!LOOKALIKE_BESIDE_DIGIT.test(text)) return text;
  return text.replace(DIGIT_LOOKALIKES, (run: string, at: number) => {
    const before = text[at - 1];
    const after = text[at + run.length];
    if (!isDigit(before) && !isDigit(after)) return run;
    const touchesLetter = /[a-z]/.test(before ?? '') || /[a-z]/.test(after ?? '');
    return touchesLetter ? run : run.replace(/./g, (c) => LOOKALIKE_VALUE[c]!);
  });
}

/**
 * "0 8 1 2 3 4 5 6 7 8 9": a number spelled out one digit at a time is read as one group, when
 * there are as many digits as an identifier has. Linear, so long digit lists stay cheap.
 */
function joinSpacedDigits(run: Group[]): Group[] {
  const out: Group[] = [];
  for (let i = 0; i < run.length; ) {
    let j = i;
    while (j < run.length && run[j]!.digits.length === 1) j++;
    const count = j - i;
    if (count >= MIN_DIGITS && count <= MAX_DIGITS) {
      const digits = run.slice(i, j).map((g) => g.digits).join('');
      out.push({ digits, start: run[i]!.start, end: run[j - 1]!.end, separator: run[i]!.separator });
      i = j;
    } else {
      const next = Math.max(j, i + 1);
      for (; i < next; i++) out.push(run[i]!);
    }
  }
  return out;
}

export function luhn(digits: string): boolean {
  let sum = 0;
  for (let k = 0; k < digits.length; k++) {
    let d = digits.charCodeAt(digits.length - 1 - k) - 48;
    if (k % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** DDMMYY; two-digit years allow 29 February in any year divisible by four (1900 is rare enough). */
function isDate(day: number, month: number, year: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2 && day === 29) return year % 4 === 0;
  return day <= DAYS_IN_MONTH[month - 1]!;
}

/** Region and birth date of a NIK: `PP KK CC DDMMYY SSSS`, women's day + 40 (UU 23/2006, Dukcapil). */
function isNikStructure(digits: string): boolean {
  if (digits.length !== 16 || !hasRegion(digits)) return false;
  const day = Number(digits.slice(6, 8));
  const month = Number(digits.slice(8, 10));
  const year = Number(digits.slice(10, 12));
  const validDate = isDate(day > 40 ? day - 40 : day, month, year);
  return validDate && digits.slice(12) !== '0000';
}

/** Region and recording date of a KK number: no +40, the date is not a person's. */
function isKkStructure(digits: string): boolean {
  if (digits.length !== 16 || !hasRegion(digits)) return false;
  return isDate(Number(digits.slice(6, 8)), Number(digits.slice(8, 10)), Number(digits.slice(10, 12))) && digits.slice(12) !== '0000';
}

function hasRegion(digits: string): boolean {
  return PROVINCE_CODES.has(digits.slice(0, 2)) && isRegencyCode(digits.slice(2, 4)) && digits.slice(4, 6) !== '00';
}

/** Issuer prefixes of the card networks seen in Indonesia (Visa, Mastercard, Amex, JCB, UnionPay, GPN). */
function hasCardIssuer(digits: string): boolean {
  const two = Number(digits.slice(0, 2));
  const four = Number(digits.slice(0, 4));
  if (digits[0] === '4') return digits.length === 13 || digits.length === 16 || digits.length === 19;
  if (two >= 51 && two <= 55) return digits.length === 16;
  if (four >= 2221 && four <= 2720) return digits.length === 16;
  if (two === 34 || two === 37) return digits.length === 15;
  if (two === 35) return digits.length >= 16;
  if (two === 62 || two === 60) return digits.length >= 16;
  return false;
}

/** 15-digit NPWP: taxpayer type 00–09 and a Luhn check digit over the first nine (python-stdnum). */
function isNpwp15(digits: string): boolean {
  return digits.length === 15 && digits[0] === '0' && luhn(digits.slice(0, 9));
}

/** The `99.999.999.9-999.999` layout of an NPWP. */
function hasNpwpLayout(groups: readonly Group[]): boolean {
  const lengths = groups.map((g) => g.digits.length).join(',');
  return lengths === '2,3,3,1,3,3' && groups[4]!.separator.includes('-');
}

const CURRENCY = /(?:rp|idr|usd)\.? ?$/;

/** "Rp 3.171.011.290" or "1.250.000": thousands, not an identifier. */
function isAmount(groups: readonly Group[]): boolean {
  if (groups.length < 2 || groups[0]!.digits.length > 3) return false;
  return groups.slice(1).every((g) => g.digits.length === 3 && g.separator === '.');
}

const MOBILE = /^8[1-35-9]\d{7,10}$/;
const LANDLINE = /^[2-79]\d{7,10}$/;

interface Reading {
  kind: IdentifierKind;
  isNik?: boolean;
}

/** What the digits of `groups` are, given the nearest context word; undefined for none. */
function read(digits: string, groups: readonly Group[], plus: boolean, context: ContextKind | undefined): Reading | undefined {
  const n = digits.length;
  if (n === 16) {
    // Under "KK", a woman's birth date (day + 40) gives away a NIK written in the wrong field.
    if (context === 'kk' && !isKkStructure(digits) && isNikStructure(digits)) return { kind: 'nik' };
    if (context === 'kk' && hasRegion(digits)) return { kind: 'kk' };
    if (context === 'npwp') return { kind: 'npwp', isNik: isNikStructure(digits) };
    if (context === 'nik' && hasRegion(digits)) return { kind: 'nik' };
  }
  if (n === 15 && (context === 'npwp' || (isNpwp15(digits) && hasNpwpLayout(groups)))) return { kind: 'npwp' };
  if (context === 'bank' && n >= 10 && n <= 16) return { kind: 'bank' };
  if (context === 'bpjs' && (n === 13 || n === 11)) return { kind: 'bpjs' };
  if (n >= 13 && context === 'card' && luhn(digits)) return { kind: 'card' };
  // A number that reads as a NIK is treated as one even if it could be a card: the safer call.
  if (isNikStructure(digits)) return { kind: 'nik' };
  // An order or ticket number can pass Luhn by chance; a card needs more than its shape there.
  if (n >= 13 && context !== 'reference' && hasCardIssuer(digits) && luhn(digits)) return { kind: 'card' };

  const national = digits.startsWith('62') && (plus || !digits.startsWith('620')) ? digits.slice(2) : digits[0] === '0' ? digits.slice(1) : undefined;
  if (national === undefined) return undefined;
  if (MOBILE.test(national)) return { kind: 'mobile' };
  // A landline needs a sign that it is one: a phone word, the area code in brackets, or +62.
  const dialled = plus || context === 'phone' || context === 'service' || groups.some((g) => g.separator.includes(')'));
  return dialled && LANDLINE.test(national) ? { kind: 'landline' } : undefined;
}

function classify(norm: NormalizedText, groups: readonly Group[], plus: boolean): Identifier | undefined {
  // The span takes in a leading "+" or the "(" of "(022) 4231234".
  const opening = plus || (norm.text[groups[0]!.start - 1] === '(' && groups[1]?.separator.startsWith(')') === true);
  const start = groups[0]!.start - (opening ? 1 : 0);
  const end = groups[groups.length - 1]!.end;
  const digits = groups.length === 1 ? groups[0]!.digits : groups.map((g) => g.digits).join('');
  const context = nearestContext(norm, start, end);
  const reading = read(digits, groups, plus, context);
  return reading && { ...reading, digits, start, end, context };
}

const cache = new WeakMap<NormalizedText, Identifier[]>();

/** Every identifier-shaped number in the draft, longest reading first, each digit in at most one. */
export function identifiers(norm: NormalizedText): Identifier[] {
  const known = cache.get(norm);
  if (known) return known;
  const out: Identifier[] = [];
  for (const run of numberRuns(digitView(norm.text))) {
    const first = run[0]!.start;
    if (CURRENCY.test(norm.text.slice(Math.max(0, first - 4), first))) continue;
    let i = 0;
    while (i < run.length) {
      let best: { found: Identifier; last: number } | undefined;
      let total = 0;
      for (let j = i; j < run.length; j++) {
        total += run[j]!.digits.length;
        if (total > MAX_DIGITS || j - i >= MAX_GROUPS) break;
        if (total < MIN_DIGITS) continue;
        const groups = run.slice(i, j + 1);
        if (isAmount(groups)) continue;
        const plus = norm.text[run[i]!.start - 1] === '+';
        const found = classify(norm, groups, plus);
        if (found) best = { found, last: j };
      }
      if (best) {
        out.push(best.found);
        i = best.last + 1;
      } else {
        i++;
      }
    }
  }
  cache.set(norm, out);
  return out;
}
