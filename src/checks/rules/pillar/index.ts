import type { Rule } from '../../rule';

export const PILLAR_RULES: readonly Rule[] = [];
