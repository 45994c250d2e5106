import { RE2JS } from 're2js';
import type { LocalizedText } from '../checks/types';
import { problemText } from './messages';

/** RS-09: a team pattern may not compile into a program larger than this (RE2 instructions). */
const MAX_PROGRAM_SIZE = 5000;

export type CompiledPattern = { ok: true; re: RE2JS } | { ok: false; message: LocalizedText };

/**
 * Compiles a team pattern with re2js, which matches in linear time: a pattern from a config file
 * can never freeze the admin's tab the way a backtracking `RegExp` can. Never throws.
 */
export function compilePattern(pattern: string, caseInsensitive: boolean): CompiledPattern {
  let re: RE2JS;
  try {
    re = RE2JS.compile(pattern, caseInsensitive ? RE2JS.CASE_INSENSITIVE : 0);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, message: problemText.badPattern(detail) };
  }
  const size = re.programSize();
  if (size > MAX_PROGRAM_SIZE) {
    return { ok: false, message: problemText.complexPattern(size, MAX_PROGRAM_SIZE) };
  }
  return { ok: true, re };
}
