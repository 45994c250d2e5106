import type { NormalizedText } from '../normalize';
import type { ToneReport } from '../types';

/** Document-level tone of a draft. */
export function analyzeTone(_norm: NormalizedText, _language: 'id' | 'en'): ToneReport {
  return {
    sentiment: { label: 'neutral', score: 0 },
    formality: { label: 'formal', score: 0 },
    warmth: { score: 0, evidence: [] },
    humour: { score: 0, evidence: [] },
  };
}
