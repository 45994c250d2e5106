import type { Rule } from '../rule';
import { CLASSIFIED_RULES } from './classified';
import { PILLAR_RULES } from './pillar';
import { TONE_RULES } from './tone';

/** Every built-in rule, in reporting order. */
export const RULES: readonly Rule[] = [...CLASSIFIED_RULES, ...TONE_RULES, ...PILLAR_RULES];
