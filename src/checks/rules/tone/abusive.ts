import { spacedRuns, toOriginal, words, type NormalizedText, type Word } from '../../normalize';
import type { Hit, Rule } from '../../rule';
import { ABUSIVE_WORDS, ANIMAL_OR_LITERAL } from '../../tone/abusive-words';
import { PhraseMatcher, stripClitic } from '../../tone/phrases';

const VOWELS = 'aeiou';
// Forms a dropped vowel would otherwise turn into an insult.
const INNOCENT = new Set(['bangsa', 'anjang', 'kantil', 'monyt']);
/** Words before an animal name that make it an insult whatever follows ("dasar babi", "kayak monyet"). */
const INSULT_CUE = new Set(['dasar', 'kayak', 'kaya', 'kek', 'lu', 'lo', 'loe', 'elu', 'elo', 'kau', 'kamu', 'dia', 'mereka', 'kalian', 'you']);

/** The word with runs of one letter written once ("gobloook" → "goblok"); most words have none. */
function squeeze(word: string): string {
  let i = 1;
  while (i < word.length && word[i] !== word[i - 1]) i++;
  if (i >= word.length) return word;
  let out = word.slice(0, i);
  for (; i < word.length; i++) if (word[i] !== word[i - 1]) out += word[i];
  return out;
}

/** Every written form of a single-word entry → the entry: itself, repeated letters squeezed, one vowel dropped. */
const FORMS = new Map<string, string>();
for (const entry of ABUSIVE_WORDS) {
  if (entry.includes(' ')) continue;
  // A squeezed form shorter than four letters would be an ordinary word ("oon" → "on").
  for (const form of [entry, squeeze(entry)]) if ((form === entry || form.length >= 4) && !FORMS.has(form)) FORMS.set(form, entry);
  if (entry.length < 6) continue;
  for (let i = 0; i < entry.length; i++) {
    if (!VOWELS.includes(entry[i]!)) continue;
    const dropped = entry.slice(0, i) + entry.slice(i + 1);
    if (!INNOCENT.has(dropped) && !FORMS.has(dropped)) FORMS.set(dropped, entry);
  }
}
const PHRASES = new PhraseMatcher(ABUSIVE_WORDS.filter((e) => e.includes(' ')).map((e) => [e, e] as const));
const MASKABLE = ABUSIVE_WORDS.filter((e) => !e.includes(' ') && e.length >= 4);

function entryOf(word: string): string | undefined {
  // "anjing2" is chat shorthand for the reduplicated "anjing-anjing".
  const single = word.length > 3 && word.endsWith('2') ? word.replace(/2+$/, '') : word;
  return FORMS.get(single) ?? FORMS.get(squeeze(single)) ?? FORMS.get(stripClitic(single));
}

/**
 * Words literal far more often than not ("tanpa cacat", "cacat prosedur", "lesbi, gay, biseksual"): an insult only
 * when thrown at someone ("dasar cacat", "kau lesbi").
 */
const CUE_ONLY = new Set(['cacat', 'lesbi']);

/** Animal words that name the animal when the draft is about animals. */
const ANIMALS = new Set(['anjing', 'babi', 'monyet', 'bangkai', 'kecoak', 'curut', 'celeng', 'kampret', 'kirik']);
/**
 * Words that make a draft about animals (a lost pet, livestock disease, wildlife): there an animal
 * word is the animal unless it is thrown at someone ("dasar anjing", "anjing lu").
 */
const ANIMAL_TOPIC = new Set(
  'seekor ekor hewan ternak peternak peternakan kandang asf rabies vaksin vaksinasi peliharaan satwa bksda karantina pakan kawanan disembelih'.split(' '),
);
const PRONOUN_AFTER = new Set(['lu', 'lo', 'loe', 'elu', 'elo', 'kau', 'kamu', 'kalian', 'sia', 'koe']);
const animalDrafts = new WeakMap<readonly Word[], boolean>();
function aboutAnimals(list: readonly Word[]): boolean {
  let known = animalDrafts.get(list);
  if (known === undefined) animalDrafts.set(list, (known = list.some((w) => ANIMAL_TOPIC.has(w.text))));
  return known;
}

/** An animal or literal word in its literal context ("anjing pelacak", "tahi lalat", "daging babi"). */
function isLiteral(entry: string, list: readonly Word[], i: number): boolean {
  if (CUE_ONLY.has(entry)) return i === 0 || !INSULT_CUE.has(list[i - 1]!.text);
  const context = ANIMAL_OR_LITERAL.get(entry);
  if (!context) return false;
  if (i > 0 && INSULT_CUE.has(list[i - 1]!.text)) return false;
  if (ANIMALS.has(entry) && !PRONOUN_AFTER.has(list[i + 1]?.text ?? '')) {
    // "bangkai babi": two animal words name an animal; so does any animal word in a draft about animals.
    if (aboutAnimals(list) || ANIMALS.has(list[i - 1]?.text ?? '') || ANIMALS.has(list[i + 1]?.text ?? '')) return true;
  }
  for (let k = Math.max(0, i - 2); k <= Math.min(list.length - 1, i + 2); k++) {
    if (k !== i && context.some((c) => list[k]!.text === c || list[k]!.text.startsWith(c))) return true;
  }
  return false;
}

// Symbols standing for letters: "bangs*t", "k*nt*l", "f**k".
const MASK = /[*#$%]+/g;
const isLetter = (c: string | undefined) => c !== undefined && c >= 'a' && c <= 'z';
const isMaskOrLetter = (c: string | undefined) => isLetter(c) || c === '*' || c === '#' || c === '$' || c === '%';

/**
 * Words of letters and mask symbols around each run of symbols, as folded-text spans. Each
 * character is walked over at most twice: a symbol inside a word already measured is skipped
 * (RS-13: "#a#a#a…" must not go back over the whole word for every "#").
 */
function maskedWords(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let measured = 0;
  for (const match of text.matchAll(MASK)) {
    if (match.index < measured) continue;
    let start = match.index;
    while (start > measured && isMaskOrLetter(text[start - 1])) start--;
    let end = match.index + match[0].length;
    while (isMaskOrLetter(text[end])) end++;
    measured = end;
    // A symbol after the last letter ("anjing#", "100%") is punctuation, not a mask.
    if (!isLetter(text[start]) && !isLetter(text[end - 1])) continue;
    out.push({ start, end });
  }
  return out;
}

function unmask(masked: string): string | undefined {
  for (const entry of MASKABLE) {
    if (entry.length !== masked.length) continue;
    let ok = true;
    let letters = 0;
    for (let k = 0; k < entry.length && ok; k++) {
      const c = masked[k]!;
      if (c >= 'a' && c <= 'z') {
        ok = c === entry[k];
        letters++;
      }
    }
    if (ok && letters >= 2 && letters >= entry.length / 2) return entry;
  }
  return undefined;
}

function hit(norm: NormalizedText, start: number, end: number): Hit {
  const found = norm.original.slice(start, end);
  return {
    start,
    end,
    message: {
      id: `“${found}” adalah kata kasar atau makian. Akun resmi berbicara atas nama instansi (etika humas, PermenPAN-RB No. 83/2012; penghinaan dapat dijerat UU ITE): hapus atau ganti dengan kata yang santun.`,
      en: `“${found}” is an abusive or profane word. An official account speaks for the agency (PR code, PermenPAN-RB 83/2012; insults can fall under the ITE Law): remove it or use a courteous word.`,
    },
  };
}

export const abusiveRule: Rule = {
  id: 'tone.abusive',
  category: 'tone',
  defaultSeverity: 'warn',
  description: {
    id: 'Kata kasar, makian dan cabul dalam bahasa Indonesia, bahasa daerah (Jawa, Sunda, Betawi, Minang, Medan, Batak, Bali) dan Inggris, termasuk ejaan samaran (anj1ng, a n j i n g, bangs*t, kontl).',
    en: 'Abusive, profane and obscene words in Indonesian, regional languages (Javanese, Sundanese, Betawi, Minang, Medan, Batak, Balinese) and English, including disguised spellings (anj1ng, a n j i n g, bangs*t, kontl).',
  },
  reason: {
    id: 'Makian di akun pemerintah merusak kepercayaan publik dan melanggar etika komunikasi humas (PermenPAN-RB No. 83/2012); menyerang kehormatan orang dapat dijerat UU ITE (Pasal 27A UU No. 1/2024).',
    en: "Abuse on a government account damages public trust and breaches the public-relations code (PermenPAN-RB 83/2012); attacking a person's honour can fall under the ITE Law (Art. 27A, Law 1/2024).",
  },
  check({ norm }) {
    // tone.insult reads the same hits to see who they are thrown at: find them once per draft.
    const known = found.get(norm);
    if (known) return known;
    const hits = findAbuse(norm);
    found.set(norm, hits);
    return hits;
  },
};

const found = new WeakMap<NormalizedText, Hit[]>();

function findAbuse(norm: NormalizedText): Hit[] {
  {
    const list = words(norm);
    const hits: Hit[] = [];
    for (let i = 0; i < list.length; i++) {
      const phrase = PHRASES.at(list, i);
      if (phrase) {
        hits.push(hit(norm, list[phrase.from]!.start, list[phrase.to - 1]!.end));
        i = phrase.to - 1;
        continue;
      }
      const entry = entryOf(list[i]!.text);
      if (entry && !isLiteral(entry, list, i)) hits.push(hit(norm, list[i]!.start, list[i]!.end));
    }
    for (const masked of maskedWords(norm.text)) {
      if (unmask(norm.text.slice(masked.start, masked.end))) {
        const [start, end] = toOriginal(norm, masked.start, masked.end);
        hits.push(hit(norm, start, end));
      }
    }
    for (const run of spacedRuns(norm)) {
      const entry = entryOf(run.text);
      if (entry) {
        const [start, end] = toOriginal(run, 0, run.text.length);
        hits.push(hit(norm, start, end));
      }
    }
    return hits;
  }
}

