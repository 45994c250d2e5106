export { check } from './engine';
export type * from './types';
export { RULES } from './rules';
