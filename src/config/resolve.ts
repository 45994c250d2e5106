import type { LocalizedText } from '../checks/types';
import { DEFAULT_CONFIG } from './defaults';
import { parseConfig, type ConfigProblem } from './parse';
import { RuleConfigSchema, SETTING_KEYS, type RuleConfig, type SettingKey } from './schema';

/** Where a setting in force comes from, strongest first. */
export const SOURCES = ['policy', 'team', 'local', 'default'] as const;
export type Source = (typeof SOURCES)[number];

export interface SourceDocuments {
  /** Enterprise policy (`storage.managed`): each key stands alone; a bad key is dropped, not the rest. */
  policy?: Record<string, unknown>;
  /** The last good document of the team subscription (or imported team file), already validated. */
  team?: Record<string, unknown>;
  /** The admin's own edits in the options page, already validated. */
  local?: Record<string, unknown>;
}

export interface SourcedProblem extends ConfigProblem {
  source: Source;
}

export interface Resolved {
  config: RuleConfig;
  /** For each setting, the source it was taken from. */
  sources: Record<SettingKey, Source>;
  /** Policy keys that were dropped, and anything else that could not be used. */
  problems: SourcedProblem[];
}

/** The settings a document sets itself (the rest it leaves to weaker sources). */
export function settingsIn(document: unknown): SettingKey[] {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return [];
  return SETTING_KEYS.filter((key) => Object.hasOwn(document, key));
}

/**
 * `policy > team > local > defaults`, setting by setting: a team file that sets only `terms`
 * leaves the admin's own thresholds in force, and a policy that sets `guard` locks that alone.
 */
export function resolveConfig(documents: SourceDocuments): Resolved {
  const problems: SourcedProblem[] = [];
  const chosen: Partial<Record<SettingKey, { source: Source; value: unknown }>> = {};
  const policy = validPolicyKeys(documents.policy, problems);
  for (const [source, document] of [['policy', policy], ['team', documents.team], ['local', documents.local]] as const) {
    for (const key of settingsIn(document)) chosen[key] ??= { source, value: (document as Record<string, unknown>)[key] };
  }
  const merged = Object.fromEntries(Object.entries(chosen).map(([key, { value }]) => [key, value]));
  const parsed = RuleConfigSchema.safeParse(merged);
  if (!parsed.success) {
    // Each source was valid alone; together they are not (it cannot happen with the current schema,
    // whose settings do not depend on one another). Fall back to the defaults rather than a mix.
    problems.push({ source: 'default', path: '$', message: MIXED_SOURCES });
    return { config: DEFAULT_CONFIG, sources: allFrom('default'), problems };
  }
  const sources = allFrom('default');
  for (const key of SETTING_KEYS) if (chosen[key]) sources[key] = chosen[key].source;
  return { config: parsed.data, sources, problems };
}

const MIXED_SOURCES: LocalizedText = {
  id: 'setelan dari beberapa sumber tidak cocok satu sama lain; Pilar memakai setelan bawaan',
  en: 'settings from several sources do not fit together; Pilar uses the defaults',
};

function allFrom(source: Source): Record<SettingKey, Source> {
  return Object.fromEntries(SETTING_KEYS.map((key) => [key, source])) as Record<SettingKey, Source>;
}

/** Each policy key validated on its own, as Chrome itself drops a bad managed key and keeps the rest. */
function validPolicyKeys(policy: Record<string, unknown> | undefined, problems: SourcedProblem[]): Record<string, unknown> {
  const valid: Record<string, unknown> = {};
  for (const key of settingsIn(policy)) {
    const result = parseConfig({ [key]: policy![key] });
    if (result.ok) valid[key] = result.config[key];
    else problems.push(...result.problems.map((problem) => ({ ...problem, source: 'policy' as const })));
  }
  return valid;
}
