import type { Rule } from '../../rule';

export const TONE_RULES: readonly Rule[] = [];
