import type { NormalizedText } from './normalize';

/** Whether a draft is Indonesian or English (Indonesian when in doubt). */
export function detectLanguage(_norm: NormalizedText, preference: 'auto' | 'id' | 'en'): 'id' | 'en' {
  return preference === 'en' ? 'en' : 'id';
}
