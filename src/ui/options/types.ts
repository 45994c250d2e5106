import type { ConfigProblem } from '../../config/parse';
import type { Source } from '../../config/resolve';
import type { RuleConfig, SettingKey } from '../../config/schema';

/** What every settings section gets from the page. */
export interface SectionProps {
  /** The config being edited (see `editingConfig`). */
  config: RuleConfig;
  sources: Record<SettingKey, Source>;
  /** Tries a new value for one setting; returns its problems, or none when the edit was taken. */
  propose(key: SettingKey, value: unknown): ConfigProblem[];
}
