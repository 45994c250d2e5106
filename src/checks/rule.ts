import type { RuleConfig } from '../config/schema';
import type { NormalizedText } from './normalize';
import type { Category, LocalizedText, PillarReport, Severity, Suggestion, ToneReport } from './types';

/** What a rule sees: the draft (original and folded), the config, and the document-level analyses. */
export interface CheckContext {
  norm: NormalizedText;
  config: RuleConfig;
  language: 'id' | 'en';
  tone: ToneReport;
  pillars: PillarReport;
}

/** A rule's raw hit, in original-text offsets; the engine adds category and severity. */
export interface Hit {
  start: number;
  end: number;
  message: LocalizedText;
  suggestion?: Suggestion;
  /** Overrides the rule's default severity for this hit (e.g. an official number is `info`). */
  severity?: Severity;
}

/**
 * One rule, one module: metadata beside logic, as an ESLint rule or a Presidio recognizer.
 * Adding a rule touches its own file and the list in `rules/index.ts`.
 */
export interface Rule {
  id: string;
  category: Category;
  defaultSeverity: Severity;
  /** What the rule looks for, for the settings page and the docs. */
  description: LocalizedText;
  /** Why it matters: the law or principle, in a sentence. */
  reason: LocalizedText;
  check(context: CheckContext): Hit[];
}
