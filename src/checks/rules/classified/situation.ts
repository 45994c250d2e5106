import { leetView, type NormalizedText } from '../../normalize';

/**
 * Shared reading for the topic rules (exempt topics, protected identities): the draft's sentences,
 * cue lists compiled from plain word lists, and who in a sentence is a named person. A topic rule
 * recognises a situation, several cues together in one sentence, rather than a fixed phrase.
 */

/** A word list → one regular expression. An entry ending in `*` matches as a prefix ("gerebek*"). */
export function cues(list: readonly string[]): RegExp {
  const alternatives = [...list]
    .sort((a, b) => b.length - a.length)
    .map((entry) => {
      const prefix = entry.endsWith('*');
      const body = (prefix ? entry.slice(0, -1) : entry).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]+');
      return prefix ? `${body}[a-z]*` : body;
    });
  return new RegExp(`(?<![a-z0-9])(?:${alternatives.join('|')})(?![a-z])`, 'g');
}

export interface Span {
  start: number;
  end: number;
}

/** Words after which a full stop does not end the sentence ("Drs. Herman", "Jl. Melati"). */
const ABBREVIATION = /(?<![a-z])(?:drs|dr|ir|jl|no|gg|ny|tn|sdr|sdri|h|hj|prof|st|kec|kel|ds|rt|rw|kab|dkk|a\.n|an|bpk|sd)$/;

const sentenceCache = new WeakMap<NormalizedText, Span[]>();

/** The sentences of the draft as spans of the leet view (same indices as `norm.text`). */
export function sentencesOf(norm: NormalizedText): Span[] {
  const known = sentenceCache.get(norm);
  if (known) return known;
  const view = leetView(norm);
  const out: Span[] = [];
  let start = 0;
  for (let i = 0; i < view.length; i++) {
    const c = view[i]!;
    const end = c === '\n' || ((c === '.' || c === '!' || c === '?') && /\s/.test(view[i + 1] ?? ' ') && !(c === '.' && ABBREVIATION.test(view.slice(Math.max(0, i - 5), i))));
    if (!end) continue;
    if (i + 1 > start) out.push({ start, end: i + 1 });
    start = i + 1;
  }
  if (start < view.length) out.push({ start, end: view.length });
  sentenceCache.set(norm, out);
  return out;
}

/** Matches of `pattern` inside `[from, to)` of the view. */
export function within(view: string, pattern: RegExp, span: Span): Span[] {
  const out: Span[] = [];
  pattern.lastIndex = 0;
  for (const match of view.slice(span.start, span.end).matchAll(pattern)) out.push({ start: span.start + match.index, end: span.start + match.index + match[0].length });
  return out;
}

/** Whether the original character behind folded index `i` is a capital letter. */
export function capitalAt(norm: NormalizedText, i: number): boolean {
  const c = norm.original[norm.offsets[i] ?? norm.original.length] ?? '';
  return c !== c.toLowerCase();
}

const HONORIFIC = /(?<![a-z])(?:pak|bu|bapak|ibu|bpk|sdr|sdri|saudara|saudari|tn|ny|nn|drs|dr|ir|hj|adik|dik|ananda|mbak|mas|kak|bernama|atas nama|a\.n)\.?[ \t:]+/g;
/** Offices that follow "Pak"/"Bu" without naming anyone ("Pak Camat", "Bu Lurah"). */
const OFFICE = new Set('camat lurah bupati wakil wali gubernur kades kepala kadis sekda menteri presiden direktur kapolres kapolsek dandim danramil rt rw ketua dokter guru kapolda'.split(' '));
/** Words that head a phrase about a person without naming them ("Korban (15)", "Siswi kelas 8"). */
const ROLE = new Set('kelas tahun korban pelaku anak siswi siswa murid tersangka remaja bocah gadis warga saksi balita ibu bapak pria wanita perempuan laki'.split(' '));
/** A capitalised word sequence followed by an age or a class ("Raka Aditya kelas IX-B", "Putri Anggraini (14)"). */
const NAME_THEN_DETAIL = /([a-z]{3,})(?:[ \t]+[a-z]{3,}){0,3}[ \t]*(?:\(\d{1,2}(?:[ \t]?th|[ \t]tahun)?\)|,?[ \t]+kelas[ \t]+[0-9ivx])/g;

/** Named people in the span: an honorific before a capitalised name, or a name given with age or class. */
export function namedPeople(norm: NormalizedText, span: Span): Span[] {
  const view = leetView(norm);
  const out: Span[] = [];
  for (const cue of within(view, HONORIFIC, span)) {
    const word = /^[a-z]+/.exec(view.slice(cue.end, span.end));
    if (!word || !capitalAt(norm, cue.end) || OFFICE.has(word[0])) continue;
    // "bernama Siti": the name alone; "Ny. Wulan": the title stays with it.
    const intro = /^(?:bernama|atas|a\.n)/.test(view.slice(cue.start, cue.end));
    out.push({ start: intro ? cue.end : cue.start, end: cue.end + word[0].length });
  }
  for (const match of within(view, NAME_THEN_DETAIL, span)) {
    // Leading lower-case words ("siswa Raka Aditya kelas 9") are not part of the name.
    const starts = [...view.slice(match.start, match.end).matchAll(/[a-z]+/g)].map((w) => match.start + w.index);
    const name = starts.filter((at) => !ROLE.has(/^[a-z]+/.exec(view.slice(at))![0]));
    const first = name.findIndex((at) => capitalAt(norm, at));
    if (first < 0 || !name.slice(first).every((at) => capitalAt(norm, at))) continue;
    const last = name[name.length - 1]!;
    out.push({ start: name[first]!, end: last + /^[a-z]+/.exec(view.slice(last))![0].length });
  }
  return out;
}

/** A capitalised name right after `at` ("saksi kunci Rudi Hartono", "informan kami, Darto"), within a few characters. */
export function nameAfter(norm: NormalizedText, at: number, span: Span): Span[] {
  const view = leetView(norm);
  const rest = /^(?:[ \t,:]+(?:kami|kita|yaitu|yakni|adalah|bernama))?[ \t,:]+([a-z]{3,})(?:[ \t]+[a-z]{3,})?/.exec(view.slice(at, span.end));
  if (!rest) return [];
  const start = at + rest[0].length - rest[0].replace(/^[^a-z]*(?:(?:kami|kita|yaitu|yakni|adalah|bernama)[ \t,:]+)?/, '').length;
  return capitalAt(norm, start) ? [{ start, end: at + rest[0].length }] : [];
}
