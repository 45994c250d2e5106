import { toOriginal, type NormalizedText } from '../../normalize';
import type { Hit } from '../../rule';
import type { LocalizedText, Severity, Suggestion } from '../../types';
import { identifiers, type Identifier, type IdentifierKind } from './numbers';

/** A hit on the folded span `[start, end)`, placed on the admin's own characters. */
export function hitAt(
  norm: NormalizedText,
  start: number,
  end: number,
  message: LocalizedText,
  extra: { suggestion?: Suggestion; severity?: Severity } = {},
): Hit {
  const [from, to] = toOriginal(norm, start, end);
  return { start: from, end: to, message, ...(extra.suggestion ? { suggestion: extra.suggestion } : {}), ...(extra.severity ? { severity: extra.severity } : {}) };
}

/** "3171011290010001" → "3171**********01": enough to tell which record is meant, not whose. */
export function mask(digits: string, keepStart: number, keepEnd: number): string {
  if (digits.length <= keepStart + keepEnd) return '*'.repeat(digits.length);
  return digits.slice(0, keepStart) + '*'.repeat(digits.length - keepStart - keepEnd) + digits.slice(digits.length - keepEnd);
}

export const MASK_LABEL: LocalizedText = { id: 'Samarkan nomornya', en: 'Mask the number' };

/** Hits for every identifier of one kind; `describe` gives each its message and fix. */
export function identifierHits(
  norm: NormalizedText,
  kind: IdentifierKind,
  describe: (found: Identifier) => { message: LocalizedText; suggestion?: Suggestion; severity?: Severity } | undefined,
): Hit[] {
  const hits: Hit[] = [];
  for (const found of identifiers(norm)) {
    if (found.kind !== kind) continue;
    const described = describe(found);
    if (described) hits.push(hitAt(norm, found.start, found.end, described.message, described));
  }
  return hits;
}

/** Whether some position in the ascending list lies within `window` of `at` (binary search). */
export function near(sorted: readonly number[], at: number, window: number): boolean {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]! < at - window) low = mid + 1;
    else high = mid;
  }
  return low < sorted.length && sorted[low]! <= at + window;
}
