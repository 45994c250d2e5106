/**
 * The engine's public contract: `check(text, config?) → Report`. Other parts of Pilar (overlay,
 * guard, CLI, tracker) depend on these shapes; rule ids may be added but never renamed.
 */

export type Category = 'tone' | 'pillar' | 'classified';
export type Severity = 'block' | 'warn' | 'info';

/** Every user-facing text comes in Indonesian and English. */
export interface LocalizedText {
  id: string;
  en: string;
}

/** Replace the finding's span `[start, end)` of the original text with `replacement`. */
export interface Suggestion {
  replacement: string;
  label: LocalizedText;
}

export interface Finding {
  /** Stable dotted id such as `classified.nik`, `tone.abusive`, `pillar.society`. */
  rule: string;
  category: Category;
  severity: Severity;
  /** UTF-16 offsets into the original text, `[start, end)`, never splitting a surrogate pair. */
  start: number;
  end: number;
  message: LocalizedText;
  suggestion?: Suggestion;
}

/** A span of the original text that supports a score. */
export interface Evidence {
  start: number;
  end: number;
  text: string;
}

export interface Scored<Label extends string> {
  label: Label;
  /** Confidence of the label in [0, 1]. */
  score: number;
}

export interface Signal {
  /** Strength in [0, 1]. */
  score: number;
  evidence: Evidence[];
}

export interface ToneReport {
  sentiment: Scored<'positive' | 'neutral' | 'negative'>;
  formality: Scored<'formal' | 'informal'>;
  /** Greetings, thanks, apologies, empathy: reported as strengths. */
  warmth: Signal;
  /** Jokes, laughter and laughing emoji. */
  humour: Signal;
}

export const PRINCIPLES = [
  'participation',
  'rule-of-law',
  'transparency',
  'responsiveness',
  'consensus',
  'equity',
  'effectiveness',
  'accountability',
  'strategic-vision',
] as const;
export type Principle = (typeof PRINCIPLES)[number];

export const PILLARS = ['government', 'business', 'society'] as const;
export type Pillar = (typeof PILLARS)[number];

/** A pillar or principle counts as covered at score ≥ 0.5. */
export type Coverage = Signal;

export type PillarReport = Record<Pillar, Coverage> & { principles: Record<Principle, Coverage> };

export interface Report {
  /** Language the draft was checked as. */
  language: 'id' | 'en';
  findings: Finding[];
  tone: ToneReport;
  pillars: PillarReport;
  /** Set when the draft was longer than the check's limit: only `[0, checkedLength)` was checked. */
  checkedLength?: number;
}
