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
      const { byFirstWord, others } = compileCustom(config).blockTerms[category];
      const hits: Hit[] = [];
      const found = new Map<string, number>();
      const report = (term: string, at: number) => {
        const end = at + term.length;
        const count = found.get(term) ?? 0;
        if (count >= MAX_HITS_PER_TERM || !norm.text.startsWith(term, at) || isWordChar(norm.text[at - 1]) || isWordChar(norm.text[end])) return;
        const [start, stop] = toOriginal(norm, at, end);
        if (stop <= start) return;
        found.set(term, count + 1);
        const quoted = norm.original.slice(start, stop);
        hits.push({
          start,
          end: stop,
          message: { id: `“${quoted}” ada dalam daftar istilah yang ditandai tim Anda.`, en: `“${quoted}” is on your team's list of terms to flag.` },
        });
      };
      // Each word of the draft is looked up once, so a thousand terms cost no more than ten.
      if (byFirstWord.size > 0) {
        for (const word of norm.text.matchAll(/[\p{L}\p{N}]+/gu)) {
          for (const term of byFirstWord.get(word[0]) ?? []) report(term, word.index);
        }
      }
      for (const term of others) {
        for (let at = norm.text.indexOf(term); at !== -1; at = norm.text.indexOf(term, at + 1)) report(term, at);
      }
      return hits.sort((a, b) => a.start - b.start);
    },
  };
}

export const TERM_RULES: readonly Rule[] = (['classified', 'tone', 'pillar'] as const).map(termRule);
