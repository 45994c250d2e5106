import { FORMALITY_MODEL } from '../models/formality';
import { SENTIMENT_MODEL } from '../models/sentiment';
import { words, type NormalizedText, type Word } from '../normalize';
import type { Evidence, Signal, ToneReport } from '../types';
import { LinearModel } from './model';
import { PhraseMatcher } from './phrases';

const sentimentModel = new LinearModel(SENTIMENT_MODEL);
const formalityModel = new LinearModel(FORMALITY_MODEL);

type SentimentLabel = ToneReport['sentiment']['label'];
const SENTIMENT_LABELS = SENTIMENT_MODEL.labels as readonly SentimentLabel[];

/**
 * Prior shift from the training set (product reviews: 31 % negative, 11 % neutral, 58 % positive)
 * to official posts, which are mostly neutral announcements: without it, a plain notice about a
 * closed road or a service schedule is read as a complaint. Applied as `p(label) × factor`.
 */
const DOMAIN_PRIOR: Record<SentimentLabel, number> = { negative: 0.5, neutral: 2.5, positive: 0.8 };
const PRIOR = SENTIMENT_LABELS.map((label) => DOMAIN_PRIOR[label]);

/** Sentiment probabilities of `text[from, to)` in the register of official posts, in `SENTIMENT_LABELS` order. */
export function sentimentOf(text: string, from = 0, to = text.length): Record<SentimentLabel, number> {
  const p = sentimentModel.predict(text, from, to);
  let total = 0;
  for (let k = 0; k < p.length; k++) total += p[k]! * PRIOR[k]!;
  const out = { negative: 0, neutral: 0, positive: 0 };
  SENTIMENT_LABELS.forEach((label, k) => (out[label] = (p[k]! * PRIOR[k]!) / total));
  return out;
}

// English drafts: the model knows Indonesian only, so a short polarity list decides instead.
const EN_POSITIVE = new Set('thank thanks thankful grateful great happy glad welcome congratulations congrats proud good excellent wonderful appreciate love enjoy safe success best'.split(' '));
const EN_NEGATIVE = new Set('bad terrible awful angry hate worst disappointed disappointing useless stupid slow broken fail failed failure sad horrible ridiculous disgusting annoying never complaint'.split(' '));

function englishSentiment(list: readonly Word[]): Record<SentimentLabel, number> {
  let positive = 0;
  let negative = 0;
  for (const word of list) {
    if (EN_POSITIVE.has(word.text)) positive++;
    else if (EN_NEGATIVE.has(word.text)) negative++;
  }
  const lean = Math.tanh((positive - negative) / Math.sqrt(1 + list.length / 10));
  return lean > 0
    ? { negative: 0.1 * (1 - lean), neutral: 0.9 * (1 - lean), positive: 0.1 + 0.9 * lean }
    : { negative: 0.1 - 0.9 * lean, neutral: 0.9 * (1 + lean), positive: 0.1 * (1 + lean) };
}

type WarmthKind = 'greeting' | 'thanks' | 'apology' | 'empathy';
const WARMTH = new PhraseMatcher<WarmthKind>([
  ...['selamat pagi', 'selamat siang', 'selamat sore', 'selamat malam', 'selamat datang', 'halo', 'hai', 'hi', 'hello',
    'assalamualaikum', 'assalamu alaikum', 'salam sejahtera', 'om swastiastu', 'namo buddhaya', 'salam kebajikan', 'shalom',
    'sahabat', 'sobat', 'good morning', 'good afternoon', 'good evening', 'dear'].map((p) => [p, 'greeting'] as const),
  ...['terima kasih', 'terimakasih', 'makasih', 'thank you', 'thanks', 'kami apresiasi', 'apresiasi'].map((p) => [p, 'thanks'] as const),
  ...['mohon maaf', 'maaf', 'kami mohon maaf', 'sorry', 'we apologize', 'we apologise', 'apologies'].map((p) => [p, 'apology'] as const),
  ...['turut berduka', 'turut berbelasungkawa', 'berduka cita', 'semoga lekas sembuh', 'semoga cepat sembuh', 'semoga', 'kami memahami',
    'kami mengerti', 'tetap semangat', 'jaga kesehatan', 'hati hati', 'tetap aman', 'sabar', 'kami turut', 'we understand', 'stay safe',
    'take care', 'get well soon'].map((p) => [p, 'empathy'] as const),
]);

/** Laughter written out: "wkwk", "haha", "hehe", "lol", "ngakak", "awokwok". */
const LAUGH_WORD = /^(?:(?=[wk]*(?:wk|kw))[wk]{4,}|a?wok(?:wok)+|(?:ha){2,}h?|(?:he){2,}h?|(?:hi){2,}h?|(?:xi){2,}|lol+|lmf?ao|rofl|ngakak|kocak)$/;
const LAUGH_EMOJI = /[\u{1F602}\u{1F923}\u{1F606}\u{1F639}\u{1F601}\u{1F605}\u{1F92D}\u{1F61C}\u{1F61D}]/gu;

/** Laughter words and emoji in the draft, as evidence spans in the original text. */
export function laughter(norm: NormalizedText, list: readonly Word[] = words(norm)): Evidence[] {
  const out: Evidence[] = [];
  for (const word of list) {
    if (LAUGH_WORD.test(word.text)) {
      out.push({ start: word.start, end: word.end, text: norm.original.slice(word.start, word.end) });
    }
  }
  for (const match of norm.original.matchAll(LAUGH_EMOJI)) {
    out.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return out.sort((a, b) => a.start - b.start);
}

function warmth(norm: NormalizedText, list: readonly Word[]): Signal {
  const kinds = new Set<WarmthKind>();
  const evidence: Evidence[] = [];
  for (const match of WARMTH.all(list)) {
    kinds.add(match.value);
    const [start, end] = [list[match.from]!.start, list[match.to - 1]!.end];
    evidence.push({ start, end, text: norm.original.slice(start, end) });
  }
  // Each kind of warmth counts most; repeating one kind adds a little.
  return { score: Math.min(1, 0.35 * kinds.size + 0.1 * (evidence.length - kinds.size)), evidence };
}

function signal(evidence: Evidence[]): Signal {
  return { score: Math.min(1, 0.5 * evidence.length), evidence };
}

/** Document-level tone of a draft: sentiment and formality from the shipped models, warmth and humour from their cues. */
export function analyzeTone(norm: NormalizedText, language: 'id' | 'en'): ToneReport {
  const list = words(norm);
  const probabilities = language === 'en' ? englishSentiment(list) : sentimentOf(norm.text);
  let label: SentimentLabel = 'neutral';
  for (const l of SENTIMENT_LABELS) if (probabilities[l] > probabilities[label]) label = l;
  const [formal, informal] = formalityModel.predict(norm.text);
  const humour = signal(laughter(norm, list));
  return {
    sentiment: { label, score: list.length === 0 ? 0 : probabilities[label] },
    formality:
      list.length === 0
        ? { label: 'formal', score: 0 }
        : formal! >= informal! ? { label: 'formal', score: formal! } : { label: 'informal', score: informal! },
    warmth: warmth(norm, list),
    humour,
  };
}
