import type { NormalizedText } from '../normalize';
import { PRINCIPLES, type Coverage, type PillarReport, type Principle } from '../types';

/** Which governance pillars and UNDP principles a draft addresses, with the words that show it. */
export function analyzePillars(_norm: NormalizedText, _language: 'id' | 'en'): PillarReport {
  const none = (): Coverage => ({ score: 0, evidence: [] });
  return {
    government: none(),
    business: none(),
    society: none(),
    principles: Object.fromEntries(PRINCIPLES.map((p) => [p, none()])) as Record<Principle, Coverage>,
  };
}
