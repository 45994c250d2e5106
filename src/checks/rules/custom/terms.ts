import { toOriginal } from '../../normalize';
import type { Hit, Rule } from '../../rule';
import type { Category, LocalizedText, Severity } from '../../types';
import { compileCustom } from './compile';

/** Most hits one block term reports, so a pasted list does not drown the overlay. */
const MAX_HITS_PER_TERM = 100;

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

const REASONS: Record<Category, LocalizedText> = {
  classified: {
    id: 'Tim Anda menandai istilah ini sebagai informasi yang tidak boleh dipublikasikan (UU 14/2008 Pasal 17).',
    en: 'Your team marked this term as information that must not be published (Law 14/2008 Article 17).',
  },
  tone: {
    id: 'Tim Anda menandai istilah ini sebagai tidak pantas untuk akun resmi.',
    en: 'Your team marked this term as unfit for an official account.',
  },
  pillar: {
    id: 'Tim Anda ingin istilah ini ditinjau sebelum diunggah.',
    en: 'Your team wants this term reviewed before posting.',
  },
};

const DEFAULT_SEVERITY: Record<Category, Severity> = { classified: 'block', tone: 'warn', pillar: 'info' };

/**
 * The team's block list for one category, as the rule `<category>.custom-term`. Terms are folded
 * like the draft, so "R4HASIA-X" written with look-alike letters is still found, and only whole
 * words match ("arsip" does not flag "arsipnya" unless the team lists that too).
 */
function termRule(category: Category): Rule {
  return {
    id: `${category}.custom-term`,
    category,
    defaultSeverity: DEFAULT_SEVERITY[category],
    description: { id: 'Istilah dari daftar blokir tim.', en: "Terms from the team's block list." },
    reason: REASONS[category],
    check({ norm, config }) {
      const hits: Hit[] = [];
      for (const term of compileCustom(config).blockTerms[category]) {
        let found = 0;
        for (let at = norm.text.indexOf(term); at !== -1 && found < MAX_HITS_PER_TERM; at = norm.text.indexOf(term, at + 1)) {
          const end = at + term.length;
          if (isWordChar(norm.text[at - 1]) || isWordChar(norm.text[end])) continue;
          const [start, stop] = toOriginal(norm, at, end);
          if (stop <= start) continue;
          const quoted = norm.original.slice(start, stop);
          hits.push({
            start,
            end: stop,
            message: {
              id: `“${quoted}” ada dalam daftar istilah yang ditandai tim Anda.`,
              en: `“${quoted}” is on your team's list of terms to flag.`,
            },
          });
          found++;
        }
      }
      return hits;
    },
  };
}

export const TERM_RULES: readonly Rule[] = (['classified', 'tone', 'pillar'] as const).map(termRule);
