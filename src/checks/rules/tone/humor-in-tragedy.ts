import { words } from '../../normalize';
import type { Hit, Rule } from '../../rule';
import { PhraseMatcher } from '../../tone/phrases';
import { wordSpan } from './shared';

/** Disaster, death, victims and accidents: topics where laughter reads as mockery. */
const TRAGEDY = new PhraseMatcher(
  [
    'banjir', 'banjir bandang', 'gempa', 'gempa bumi', 'tsunami', 'longsor', 'erupsi', 'letusan', 'kebakaran', 'terbakar', 'karhutla',
    'puting beliung', 'angin topan', 'kecelakaan', 'tabrakan', 'tenggelam', 'korban', 'meninggal', 'meninggal dunia', 'wafat', 'tewas',
    'gugur', 'duka', 'berduka', 'dukacita', 'belasungkawa', 'innalillahi', 'jenazah', 'bencana', 'musibah', 'tragedi', 'pengungsi',
    'mengungsi', 'evakuasi', 'terluka', 'luka berat', 'kematian', 'pemakaman', 'dimakamkan', 'wabah', 'rip', 'disaster', 'earthquake',
    'flood', 'died', 'death', 'victims', 'killed', 'tragedy', 'condolences',
  ].map((p) => [p, p] as const),
  true,
);

export const humorInTragedyRule: Rule = {
  id: 'tone.humor-in-tragedy',
  category: 'tone',
  defaultSeverity: 'warn',
  description: {
    id: 'Tawa, candaan atau emoji tertawa (wkwk, haha, 😂) dalam draf tentang bencana, kecelakaan, korban atau kematian.',
    en: 'Laughter, jokes or laughing emoji (wkwk, haha, 😂) in a draft about a disaster, accident, victims or a death.',
  },
  reason: {
    id: 'Humor membuat akun pemerintah akrab, tetapi di tengah musibah terbaca sebagai mengejek korban dan keluarganya; sampaikan empati.',
    en: 'Humour makes a government account approachable, but amid a tragedy it reads as mocking the victims and their families; show empathy instead.',
  },
  check({ norm, tone }) {
    if (tone.humour.evidence.length === 0) return [];
    const list = words(norm);
    const topics = TRAGEDY.all(list);
    if (topics.length === 0) return [];
    const { start, end } = wordSpan(list, topics[0]!.from, topics[0]!.to);
    const about = norm.original.slice(start, end);
    const tragic = topics.map((t) => wordSpan(list, t.from, t.to));
    const hits: Hit[] = [];
    for (const laugh of tone.humour.evidence) {
      const clause = clauseAround(norm.original, laugh.start, laugh.end);
      const last = hits.at(-1);
      if (last && last.end >= laugh.end) continue;
      // The joke is the clause the laughter sits in, unless that clause also carries the news (a
      // disaster word or a figure): then only the laughter goes.
      const carriesNews = /\d/.test(norm.original.slice(clause.start, clause.end)) || tragic.some((t) => t.start < clause.end && t.end > clause.start);
      const text = norm.original;
      const span = carriesNews ? { start: laugh.start, end: laugh.end } : { start: clause.start, end: clause.end };
      // Laughing emoji in a row ("😂😂") go together.
      while (carriesNews && /\p{Extended_Pictographic}/u.test(text.slice(span.end, span.end + 2))) span.end += text.codePointAt(span.end)! > 0xffff ? 2 : 1;
      // Inside the text, take one space with what goes, so no double space is left behind.
      if (span.start > 0 && text[span.start - 1] === ' ' && text[span.end] === ' ') span.start--;
      // A clause cut from the end of a sentence that goes on: close the sentence before the next one.
      const replacement = !carriesNews && /[,;:]/.test(text[span.start]!) && span.end < text.length ? '. ' : '';
      const found = text.slice(span.start, span.end).replace(/^[,;:]/, '').trim();
      hits.push({
        ...span,
        message: carriesNews
          ? {
              id: `“${laugh.text}” terbaca sebagai tawa, padahal draf ini membahas musibah (“${about}”). Hapus dan sampaikan empati.`,
              en: `“${laugh.text}” reads as laughter in a draft about a tragedy (“${about}”). Remove it and express empathy instead.`,
            }
          : {
              id: `Candaan “${found}” terbaca mengejek korban musibah (“${about}”). Hapus candaannya dan sampaikan empati.`,
              en: `The joke “${found}” reads as mocking the victims of a tragedy (“${about}”). Remove it and express empathy instead.`,
            },
        suggestion: { replacement, label: carriesNews ? { id: 'Hapus tawa', en: 'Remove the laughter' } : { id: 'Hapus candaan', en: 'Remove the joke' } },
      });
    }
    return hits;
  },
};

/** A clause ends at , ; : . ! ? or a line break, and after a laughing emoji followed by a new sentence. */
const CLAUSE_MARK = /[,;:.!?\n]/;

/**
 * The clause around `[from, to)`, with what should go with it when it is removed: the separator
 * before it when it ends the sentence ("Cianjur, hahaha" → "Cianjur"), the spaces after it otherwise.
 */
function clauseAround(text: string, from: number, to: number): { start: number; end: number } {
  let start = from;
  while (start > 0 && !CLAUSE_MARK.test(text[start - 1]!) && !emojiBoundary(text, start)) start--;
  let end = to;
  while (end < text.length && !CLAUSE_MARK.test(text[end]!) && !emojiBoundary(text, end)) end++;
  // Laughter emoji and marks right after the clause belong to it.
  while (end < text.length && /(?:[.!?\s]|\p{Extended_Pictographic}|\u200d|\ufe0f)/u.test(text[end]!) || isLowSurrogate(text.charCodeAt(end)) && !/\n/.test(text[end]!)) {
    if (/\s/.test(text[end]!) && /\p{Lu}/u.test(text[end + 1] ?? '')) {
      end++;
      break;
    }
    end++;
  }
  const endsSentence = end >= text.length || /[.!?\n]/.test(text[end - 1]!) || /\p{Lu}/u.test(text[end] ?? '');
  if (endsSentence && start > 0 && /[,;:]/.test(text[start - 1]!)) start--;
  else while (start < from && /\s/.test(text[start]!)) start++;
  return { start, end };
}

/** A laughing or other emoji followed by a space and a capital starts a new sentence at `at`. */
function emojiBoundary(text: string, at: number): boolean {
  return /\s/.test(text[at - 1] ?? '') && /\p{Lu}/u.test(text[at] ?? '') && (/\p{Extended_Pictographic}|\u200d|\ufe0f/u.test(text[at - 2] ?? '') || isLowSurrogate(text.charCodeAt(at - 2)));
}

/** The second half of an astral character (most emoji). */
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
