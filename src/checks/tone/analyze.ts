import { FORMALITY_MODEL } from '../models/formality';
import { FORMALITY_REGISTER, SENTIMENT_REGISTER } from '../models/register';
import { SENTIMENT_MODEL } from '../models/sentiment';
import { words, type NormalizedText, type Word } from '../normalize';
import type { Evidence, Signal, ToneReport } from '../types';
import { ABUSIVE_WORDS, ANIMAL_OR_LITERAL } from './abusive-words';
import { featureBuckets, forEachWord, wordHash } from './features';
import { LinearModel } from './model';
import { PhraseMatcher } from './phrases';
import { applyLayer, registerFeatures } from './register';

const sentimentModel = new LinearModel(SENTIMENT_MODEL);
const formalityModel = new LinearModel(FORMALITY_MODEL);

type SentimentLabel = ToneReport['sentiment']['label'];
export const SENTIMENT_LABELS = SENTIMENT_MODEL.labels as readonly SentimentLabel[];

/**
 * Words of displeasure, and the negations complaints are made of ("tidak enak", "kurang cepat"). A
 * draft is called negative only with at least one of them: the model learnt from reviews that words
 * such as "harap", "segera" or "kenapa" lean negative, which does not hold for an announcement.
 */
const NEGATIVE_CUES = new Set(
  ('kecewa mengecewakan dikecewakan kekecewaan marah kesal jengkel sebal menyebalkan muak benci buruk jelek parah payah lambat lamban lelet ' +
    'lemot rusak bohong pembohong tipu ditipu penipu penipuan curang korup korupsi zalim bodoh goblok tolol bego sampah busuk basi bau kotor ' +
    'jorok mahal rugi gagal kacau amburadul berantakan ribet susah sulit telat terlambat komplain keluhan mengeluh protes kapok nyesel ' +
    'menyesal kasar jutek cuek hancur ancur ngaco sialan bangsat brengsek kampret keparat bajingan anjir mampus males malas capek ' +
    'error percuma sayangnya bosan membosankan terlalu malah padahal kurang tidak tak bukan gak nggak enggak ga gk tdk macet membenci ' +
    'iri dengki sesat takut doang mending tenggelamkan').split(' '),
);
// Insults count too, except the words that also name an animal or a thing ("anjing pelacak").
const INSULTS = ABUSIVE_WORDS.filter((w) => !w.includes(' ') && !ANIMAL_OR_LITERAL.has(w));
const NEGATIVE_CUE_HASHES = new Set([...NEGATIVE_CUES, ...INSULTS].map((w) => wordHash(w, 0, w.length)));
/**
 * The share of a negative reading that stays negative without any cue word. The model also learnt
 * neutral official notices (closures, bans, warnings) besides reviews; this keeps the rest of them
 * from reading as complaints.
 */
const UNCUED_NEGATIVE = 0.7;

/**
 * How many negative cue words `text[from, to)` has. A negation right before "ada" or "berpotensi"
 * ("tidak ada korban", "tidak berpotensi tsunami") reassures rather than complains.
 */
export function negativeCues(text: string, from = 0, to = text.length): number {
  let found = 0;
  let pending = false;
  forEachWord(text, from, to, (start, end) => {
    const hash = wordHash(text, start, end);
    if (pending && !REASSURING_AFTER_NEGATION.has(hash)) found++;
    pending = false;
    if (NEGATION_HASHES.has(hash)) pending = true;
    else if (NEGATIVE_CUE_HASHES.has(hash)) found++;
  });
  return found + (pending ? 1 : 0);
}
const NEGATION_HASHES = new Set(['tidak', 'tak', 'bukan', 'gak', 'nggak', 'enggak', 'ga', 'gk', 'tdk'].map((w) => wordHash(w, 0, w.length)));
const REASSURING_AFTER_NEGATION = new Set(['ada', 'berpotensi', 'perlu', 'dipungut'].map((w) => wordHash(w, 0, w.length)));

/** Whether `text[from, to)` has a negative cue word. */
export const hasNegativeCue = (text: string, from = 0, to = text.length): boolean => negativeCues(text, from, to) > 0;

/**
 * The shipped decision on top of the model's probabilities (in `SENTIMENT_LABELS` order): the
 * negative-cue requirement. Exported so the evaluation scores exactly this.
 */
export function calibrateSentiment(raw: ArrayLike<number>, negativeCue: boolean): Record<SentimentLabel, number> {
  const p = { negative: 0, neutral: 0, positive: 0 };
  SENTIMENT_LABELS.forEach((label, k) => (p[label] = raw[k]!));
  if (!negativeCue) {
    // Without a cue word, most of a negative reading is taken as a neutral one.
    p.neutral += p.negative * (1 - UNCUED_NEGATIVE);
    p.negative *= UNCUED_NEGATIVE;
  }
  return p;
}

/** The calibrated base reading in `SENTIMENT_LABELS` order, as the register layer takes it. */
export function baseSentiment(raw: ArrayLike<number>, negativeCue: boolean): number[] {
  const p = calibrateSentiment(raw, negativeCue);
  return SENTIMENT_LABELS.map((label) => p[label]);
}

/** Sentiment probabilities of `text[from, to)` in the register of official posts. */
export function sentimentOf(text: string, from = 0, to = text.length): Record<SentimentLabel, number> {
  return calibrateSentiment(sentimentModel.predict(text, from, to), hasNegativeCue(text, from, to));
}

// Both models hash the same features; one pass at the larger dimension serves both.
const FEATURE_MASK = Math.max(SENTIMENT_MODEL.dimension, FORMALITY_MODEL.dimension) - 1;

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

// English drafts' formality, by the marks of chat register: the formality model knows Indonesian only.
const EN_CHAT = new Set('lol lmao omg btw gonna wanna gotta u ur pls plz thx yeah yep nope hey guys dude awesome ok okay'.split(' '));
const EN_CONTRACTION = new Set(['t', 's', 're', 'll', 've', 'm', 'd']);

function englishFormality(norm: NormalizedText, list: readonly Word[]): ToneReport['formality'] {
  let cues = 0;
  for (let i = 0; i < list.length; i++) {
    const word = list[i]!;
    const apostrophe = i > 0 && /^['’]$/.test(norm.original.slice(list[i - 1]!.end, word.start));
    if (EN_CHAT.has(word.text) || (apostrophe && EN_CONTRACTION.has(word.text))) cues++;
  }
  const informal = 0.2 + 0.8 * (1 - Math.exp((-cues * 10) / Math.max(list.length, 10)));
  return informal > 0.5 ? { label: 'informal', score: informal } : { label: 'formal', score: 1 - informal };
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
function laughter(norm: NormalizedText, list: readonly Word[]): Evidence[] {
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

function formality(norm: NormalizedText, list: readonly Word[], language: 'id' | 'en', features: Int32Array, register: Float64Array): ToneReport['formality'] {
  if (list.length === 0) return { label: 'formal', score: 0 };
  if (language === 'en') return englishFormality(norm, list);
  const { formal, informal } = applyLayer(FORMALITY_REGISTER, formalityModel.score(features), register);
  return formal! >= informal! ? { label: 'formal', score: formal! } : { label: 'informal', score: informal! };
}

/** Document-level tone of a draft: sentiment and formality from the shipped models, warmth and humour from their cues. */
export function analyzeTone(norm: NormalizedText, language: 'id' | 'en'): ToneReport {
  const list = words(norm);
  const features = featureBuckets(norm.text, 0, norm.text.length, FEATURE_MASK);
  const cues = negativeCues(norm.text);
  const register = registerFeatures(norm, list, cues);
  // Indonesian drafts: the review-trained model's reading (negative only with a cue word), weighed
  // with the register of the post.
  const probabilities =
    language === 'en' ? englishSentiment(list) : (applyLayer(SENTIMENT_REGISTER, baseSentiment(sentimentModel.score(features), cues > 0), register) as Record<SentimentLabel, number>);
  let label: SentimentLabel = 'neutral';
  for (const l of SENTIMENT_LABELS) if (probabilities[l] > probabilities[label]) label = l;
  return {
    sentiment: { label, score: list.length === 0 ? 0 : probabilities[label] },
    formality: formality(norm, list, language, features, register),
    warmth: warmth(norm, list),
    humour: signal(laughter(norm, list)),
  };
}
