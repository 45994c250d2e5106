export { compileCustom } from './compile';
export { TERM_RULES } from './terms';
