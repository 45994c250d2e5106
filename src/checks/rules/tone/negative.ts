import type { Rule } from '../../rule';
import { negativeCues, sentimentOf } from '../../tone/analyze';
import { originalSpan, sentences } from './shared';

/** Speaking to someone as a peer or at them ("situ", "kalian"): in a negative reply, that is hostility. */
const AT_SOMEONE = /(?:^|[^\p{L}])(?:situ|kalian|kamu|lu|lo|elo|loe|dasar|awas|makanya|tunggu\s+saja|baca\s+(?:dulu|lagi))(?![\p{L}])/iu;

export const negativeRule: Rule = {
  id: 'tone.negative',
  category: 'tone',
  defaultSeverity: 'info',
  description: {
    id: 'Draf secara keseluruhan bernada negatif melewati ambang tim; kalimat paling negatif ditandai.',
    en: "The draft as a whole reads negative beyond the team's threshold; the most negative sentence is marked.",
  },
  reason: {
    id: 'Akun instansi mewakili lembaga: keluhan dan kritik dijawab dengan tenang, empatik dan memberi jalan keluar (PermenPAN-RB No. 83/2012, berinteraksi dengan publik).',
    en: 'An agency account speaks for the institution: complaints and criticism are answered calmly, with empathy and a way forward (PermenPAN-RB 83/2012, interacting with the public).',
  },
  check({ norm, tone, config }) {
    const { label, score } = tone.sentiment;
    if (label !== 'negative') return [];
    let worst = { start: 0, end: norm.text.length };
    let worstScore = -1;
    for (const sentence of sentences(norm)) {
      const negative = sentimentOf(norm.text, sentence.start, sentence.end).negative;
      if (negative > worstScore) [worst, worstScore] = [sentence, negative];
    }
    // The draft reads negative; a sentence that on its own clearly complains is enough to show it.
    const strength = Math.max(score, worstScore);
    if (strength < config.thresholds.negativeSentiment) return [];
    const reply = norm.original.trimStart().startsWith('@');
    // A negative reply that turns on the person (peer or sharp address, a threat) is hostility, not a
    // hint; so is a draft that is almost surely negative.
    const hostile = reply && (AT_SOMEONE.test(norm.text) || negativeCues(norm.text) >= 2);
    const percent = Math.round(strength * 100);
    return [
      {
        ...originalSpan(norm, worst.start, worst.end),
        severity: hostile || strength >= 0.9 ? 'warn' : 'info',
        message: hostile
          ? {
              id: 'Balasan ini menyerang atau menyindir warga yang mengadu. Jawab dengan tenang: akui masalahnya, beri informasi, dan tawarkan jalan keluar.',
              en: 'This reply attacks or mocks the person who complained. Answer calmly: acknowledge the problem, give the facts, and offer a way forward.',
            }
          : {
              id: `Draf ini terbaca bernada negatif (keyakinan ${percent}%); kalimat yang paling negatif ditandai. Jawab dengan tenang dan tawarkan jalan keluar.`,
              en: `This draft reads negative (confidence ${percent}%); its most negative sentence is marked. Answer calmly and offer a way forward.`,
            },
      },
    ];
  },
};
