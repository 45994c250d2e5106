import type { Rule } from '../../rule';
import { sentimentOf } from '../../tone/analyze';
import { originalSpan, sentences } from './shared';

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
    if (label !== 'negative' || score < config.thresholds.negativeSentiment) return [];
    let worst = { start: 0, end: norm.text.length };
    let worstScore = -1;
    for (const sentence of sentences(norm)) {
      const negative = sentimentOf(norm.text, sentence.start, sentence.end).negative;
      if (negative > worstScore) [worst, worstScore] = [sentence, negative];
    }
    const percent = Math.round(score * 100);
    return [
      {
        ...originalSpan(norm, worst.start, worst.end),
        // A draft that is almost surely negative deserves more than a hint.
        severity: score >= 0.9 ? 'warn' : 'info',
        message: {
          id: `Draf ini terbaca bernada negatif (keyakinan ${percent}%); kalimat yang paling negatif ditandai. Akun instansi menjawab dengan tenang dan menawarkan solusi (PermenPAN-RB No. 83/2012).`,
          en: `This draft reads negative (confidence ${percent}%); its most negative sentence is marked. An agency account answers calmly and offers a way forward (PermenPAN-RB 83/2012).`,
        },
      },
    ];
  },
};
