import type { Rule } from '../../rule';
import { hostileSpans } from './hate';

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
  check({ norm }) {
    return hostileSpans(norm)
      .filter((span) => span.personal)
      .map(({ start, end }) => {
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
