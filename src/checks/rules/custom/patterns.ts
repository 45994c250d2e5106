import type { RE2JS } from 're2js';
import type { CustomPattern } from '../../../config/schema';
import type { CheckContext, Hit, Rule } from '../../rule';
import type { z } from 'zod';

/** RS-09: team patterns scan at most this much of a draft. */
const MAX_SCANNED_CHARS = 20_000;
const MAX_HITS_PER_PATTERN = 100;

/**
 * A team pattern as the rule `custom.<id>`. It matches the admin's original text (not the folded
 * one): a team writing `\d{16}` or `SR-[0-9]+` means the characters as typed, and folding would
 * turn digits into letters.
 */
export function patternRule(pattern: z.output<typeof CustomPattern>, re: RE2JS, mayMatch: (context: CheckContext) => boolean): Rule {
  return {
    id: `custom.${pattern.id}`,
    category: pattern.category,
    defaultSeverity: pattern.severity,
    description: pattern.message,
    reason: { id: 'Pola yang ditetapkan tim Anda.', en: 'A pattern your team set.' },
    check(context) {
      if (!mayMatch(context)) return [];
      const matcher = re.matcher(scannedPart(context.norm.original));
      const hits: Hit[] = [];
      while (hits.length < MAX_HITS_PER_PATTERN && matcher.find()) {
        if (matcher.end() > matcher.start()) hits.push({ start: matcher.start(), end: matcher.end(), message: pattern.message });
      }
      return hits;
    },
  };
}

/** The first 20k UTF-16 units, cut before a surrogate pair rather than through it. */
export function scannedPart(text: string): string {
  if (text.length <= MAX_SCANNED_CHARS) return text;
  const code = text.charCodeAt(MAX_SCANNED_CHARS - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? MAX_SCANNED_CHARS - 1 : MAX_SCANNED_CHARS);
}
