import type { Rule } from '../../rule';

export const CLASSIFIED_RULES: readonly Rule[] = [];
