import type { NormalizedText, Word } from '../normalize';
import { ABUSIVE_WORDS, ANIMAL_OR_LITERAL } from './abusive-words';

/**
 * Features of the official register that the review- and tweet-trained models cannot see: how an
 * agency account addresses people (kami/Anda/Bapak vs aku/kamu/kak), chat particles, emoji, and the
 * stance of a post (thanks and achievements, disasters joked about, insults at the reader). A small
 * logistic layer (`models/register.ts`, trained on government drafts by scripts/train/register.ts)
 * weighs them together with the base model's reading.
 */

const set = (words: string) => new Set(words.split(' '));

/** Addressing the reader as a peer. */
const PEER_ADDRESS = set('aku gue gua gw lu lo loe elo kamu kalian kak kakak sob sobat gaes guys gengs bestie mimin min situ');
/** Chat particles: "ya", "yuk", "kok", "dong", … */
const PARTICLES = set('ya yuk yok kok dong sih lho loh deh nih kan tuh yah ayo nah kuy');
/** Everyday spellings that an official notice would not use. */
const CHAT_WORDS = set(
  'nggak ngga gak ga enggak udah udh aja bikin gimana banget bgt cuma doang gitu gini kayak kayaknya pengen pingin mau ngga nanti nih spill pov update buat biar lagi balik kelihatan keren seru kepo mantul mantap ngerti tau ngurus ngatur ngegas',
);
/** The stock phrases and forms of an official notice. */
const OFFICIAL_WORDS = set(
  'anda bapak ibu saudara saudari sehubungan diberitahukan disampaikan dimaksud adapun demikian tersebut merupakan berdasarkan sesuai kepada bersama diimbau dihimbau wajib menindaklanjuti memperhatikan dalam rangka pelaksanaan dengan hormat terhadap',
);
/** Thanks, congratulations, achievements, pride. */
const POSITIVE_WORDS = set(
  'terima kasih makasih selamat bangga hebat berhasil meraih raih sukses juara apresiasi gratis senang bahagia keren mantap semangat prestasi meningkat naik capai mencapai penghargaan predikat lulus ramah mudah lancar bersih indah asyik seru kompak terbaik baru hadir siap nikmati',
);
/** Disasters and deaths: where a joke hurts (news of them alone is not the writer's displeasure). */
const TRAGEDY_WORDS = set(
  'banjir gempa tsunami korban meninggal tewas tenggelam longsor kebakaran terbakar duka bencana hoaks hoax tertimpa tumbang kecelakaan wafat innalillahi puting beliung erupsi kekeringan',
);
/** Second person used at someone in a reply: sharp when met with an insult or a lecture. */
/** A negation before a word within two words reverses it: "tidak ada korban jiwa" is reassurance. */
const NEGATION = set('tidak tak bukan belum tanpa nihil gak nggak enggak');
const negated = (list: readonly Word[], i: number) => NEGATION.has(list[i - 1]?.text ?? '') || NEGATION.has(list[i - 2]?.text ?? '');
const SHARP_ADDRESS = set('situ kalian kamu lu lo elo');
const INSULTS = new Set(ABUSIVE_WORDS.filter((w) => !w.includes(' ') && !ANIMAL_OR_LITERAL.has(w)));

const EMOJI = /\p{Extended_Pictographic}/gu;
const POSITIVE_EMOJI = /[\u{1F60A}\u{1F60D}\u{1F973}\u{1F44F}\u{1F4AA}\u{1F9E1}\u2764\u{1F64F}\u{1F338}\u{1F44B}\u{1F389}\u2728\u{1F44D}\u{1F970}\u{1F60E}\u{1F4AF}\u{1F64C}\u{1F917}]/gu;
const LAUGH = /^(?:(?=[wk]*(?:wk|kw))[wk]{4,}|a?wok(?:wok)+|(?:ha){2,}h?|(?:he){2,}h?|ngakak|kocak)$/;
const LAUGH_EMOJI = /[\u{1F602}\u{1F923}\u{1F606}\u{1F639}\u{1F605}\u{1F92D}\u{1F61C}\u{1F61D}\u{1F60B}]/gu;

export const REGISTER_FEATURES = [
  'peer-address',
  'particles',
  'chat-words',
  'official-words',
  'emoji',
  'exclamations',
  'capitals',
  'hashtags',
  'reply',
  'positive-words',
  'positive-emoji',
  'laughter',
  'laughter-at-tragedy',
  'insults',
  'sharp-address',
  'apology',
  'questions',
  'negative-cues',
] as const;

const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;

/** The register features of a draft, each on a log scale so that one mark counts most. */
export function registerFeatures(norm: NormalizedText, list: readonly Word[], negativeCues: number): Float64Array {
  const original = norm.original;
  const tally = (lexicon: Set<string>, unlessNegated = false) => {
    let n = 0;
    for (let i = 0; i < list.length; i++) {
      const word = list[i]!.text;
      if (unlessNegated && negated(list, i)) continue;
      // Two-word entries ("terima kasih", "dalam rangka") are checked by their first word and the next.
      if (lexicon.has(word) || (i + 1 < list.length && lexicon.has(`${word} ${list[i + 1]!.text}`))) n++;
    }
    return n;
  };
  const letters = original.replace(/[^\p{L}]/gu, '');
  const capitals = letters.length < 12 ? 0 : letters.replace(/[^\p{Lu}]/gu, '').length / letters.length;
  const laughter = list.filter((w) => LAUGH.test(w.text)).length + count(original, LAUGH_EMOJI);
  const tragedy = tally(TRAGEDY_WORDS, true);
  const f = [
    tally(PEER_ADDRESS),
    tally(PARTICLES),
    tally(CHAT_WORDS),
    tally(OFFICIAL_WORDS),
    count(original, EMOJI),
    count(original, /!/g),
    capitals > 0.6 ? 3 : 0,
    count(original, /(?:^|\s)#\p{L}/gu),
    original.trimStart().startsWith('@') ? 1 : 0,
    tally(POSITIVE_WORDS),
    count(original, POSITIVE_EMOJI),
    laughter,
    laughter > 0 && tragedy > 0 ? 2 : 0,
    list.filter((w) => INSULTS.has(w.text)).length,
    tally(SHARP_ADDRESS),
    list.filter((w) => w.text === 'maaf').length,
    count(original, /\?/g),
    negativeCues,
  ];
  return Float64Array.from(f, (x) => Math.log1p(x));
}

/** A logistic layer over the base model's log-probabilities and the register features. */
export interface RegisterLayer {
  labels: readonly string[];
  /** Per label: one weight per base log-probability, then one per register feature. */
  weights: readonly (readonly number[])[];
  bias: readonly number[];
}

/** Label probabilities from the layer, given the base model's probabilities and the features. */
export function applyLayer(layer: RegisterLayer, base: ArrayLike<number>, features: Float64Array): Record<string, number> {
  const logits = layer.labels.map((_, k) => {
    const w = layer.weights[k]!;
    let s = layer.bias[k]!;
    for (let j = 0; j < base.length; j++) s += w[j]! * Math.log(Math.max(base[j]!, 1e-6));
    for (let j = 0; j < features.length; j++) s += w[base.length + j]! * features[j]!;
    return s;
  });
  const max = Math.max(...logits);
  const e = logits.map((l) => Math.exp(l - max));
  const total = e.reduce((a, b) => a + b, 0);
  return Object.fromEntries(layer.labels.map((label, k) => [label, e[k]! / total]));
}

