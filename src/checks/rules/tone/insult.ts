import { words, type NormalizedText } from '../../normalize';
import type { CheckContext, Rule } from '../../rule';
import { abusiveRule } from './abusive';
import { hostileSpans, TARGETS } from './hate';

/** Who a swear word is thrown at: "lu", "kamu", "dasar …", "si …", an official's title or name. */
const AIMED = new Set(['lu', 'lo', 'loe', 'elu', 'elo', 'gue', 'kau', 'engkau', 'kamu', 'km', 'kmu', 'dia', 'mereka', 'kalian', 'ente', 'situ', 'anda', 'dasar', 'si', 'kalian', 'you', 'mu', 'lho']);
const WINDOW = 4;
const CLAUSE_BREAK = /[.;!?\n]/;

/**
 * Swear words aimed at someone: the abusive word with a target in the same clause (a pronoun,
 * "dasar", an @mention, an official or a name of a public figure). A swear word on its own
 * ("anjir, macet banget") is abuse, not an attack on a person.
 */
function aimedAbuse(context: CheckContext): { start: number; end: number }[] {
  const { norm } = context;
  const list = words(norm);
  const out: { start: number; end: number }[] = [];
  for (const hit of abusiveRule.check(context)) {
    const i = list.findIndex((w) => w.start >= hit.start);
    if (i < 0) continue;
    let target = -1;
    for (let k = Math.max(0, i - WINDOW); k <= Math.min(list.length - 1, i + WINDOW) && target < 0; k++) {
      if (k === i) continue;
      const [from, to] = k < i ? [list[k]!.end, hit.start] : [hit.end, list[k]!.start];
      if (CLAUSE_BREAK.test(norm.original.slice(from, to))) continue;
      const word = list[k]!;
      if (AIMED.has(word.text) || TARGETS.has(word.text) || norm.original[word.start - 1] === '@') target = k;
    }
    if (target >= 0) out.push({ start: Math.min(hit.start, list[target]!.start), end: Math.max(hit.end, list[target]!.end) });
  }
  return out;
}

const cache = new WeakMap<NormalizedText, { start: number; end: number }[]>();

/**
 * Personal attacks on a person, an official or an office ("rezim ini pembohong", "gubernurnya gak
 * becus", "lengserkan presiden"), read by the same scan as tone.hate but reported apart, so that a
 * team can set its severity apart from SARA hate.
 */
export const insultRule: Rule = {
  id: 'tone.insult',
  category: 'tone',
  defaultSeverity: 'warn',
  description: {
    id: 'Serangan pribadi pada orang, pejabat atau lembaga: sebutan menghina tanpa kata kasar (pembohong, antek asing, tidak becus, tidak punya otak) dan seruan melengserkan atau membubarkan. Sekadar menyebut pejabat atau mengkritik kebijakan tidak ditandai.',
    en: 'Personal attacks on a person, official or institution: insults without a swear word (liar, foreign stooge, incompetent, brainless) and calls to topple or disband. A plain mention of an official or criticism of a policy is not flagged.',
  },
  reason: {
    id: 'Akun resmi tidak menghina siapa pun; menyerang kehormatan atau nama baik orang dapat dijerat UU ITE (Pasal 27A UU No. 1/2024) dan melanggar etika komunikasi humas (PermenPAN-RB No. 83/2012).',
    en: "An official account insults no one; attacking a person's honour or good name can fall under the ITE Law (Art. 27A, Law 1/2024) and breaches the public-relations code (PermenPAN-RB 83/2012).",
  },
  check(context) {
    const { norm } = context;
    const attacks = hostileSpans(norm).filter((span) => span.personal);
    let aimed = cache.get(norm);
    if (!aimed) cache.set(norm, (aimed = aimedAbuse(context)));
    const spans = [...attacks, ...aimed.filter((a) => !attacks.some((b) => b.start < a.end && a.start < b.end))].sort((a, b) => a.start - b.start);
    return spans.map(({ start, end }) => {
        const found = norm.original.slice(start, end);
        return {
          start,
          end,
          message: {
            id: `“${found}” menyerang atau menghina orang, pejabat atau lembaga. Akun resmi tidak menghina siapa pun (etika humas; penghinaan dapat dijerat UU ITE Pasal 27A). Hapus; sampaikan kritik atau fakta dengan santun.`,
            en: `“${found}” attacks or insults a person, official or institution. An official account insults no one (PR code; insults can fall under the ITE Law Art. 27A). Remove it; state the facts or criticism courteously.`,
          },
        };
      });
  },
};
