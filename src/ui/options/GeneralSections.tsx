import type { ConfigProblem } from '../../config/parse';
import type { RuleConfig } from '../../config/schema';
import { t, type MessageKey } from '../../i18n/t';
import { SelectField, TextField } from './Field';
import { Section } from './Section';
import type { SectionProps } from './types';

const LANGUAGES = ['auto', 'id', 'en'] as const;
const THRESHOLDS = ['pillarCovered', 'negativeSentiment', 'shoutingRatio'] as const;

/** Draft language and the language of rule messages. */
export function LanguageSections({ config, sources, propose }: SectionProps) {
  const options = LANGUAGES.map((value) => ({ value, label: t(`cfgLang_${value}`) }));
  return (
    <>
      <Section title={t('cfgLanguage')} settings={['language']} sources={sources}>
        <SelectField label={t('cfgLanguage')} value={config.language} options={options} onChange={(value) => propose('language', value)} />
      </Section>
      <Section title={t('cfgUiLanguage')} settings={['uiLanguage']} sources={sources}>
        <SelectField label={t('cfgUiLanguage')} value={config.uiLanguage} options={options} onChange={(value) => propose('uiLanguage', value)} />
      </Section>
    </>
  );
}

export function ThresholdsSection({ config, sources, propose }: SectionProps) {
  const set = (name: (typeof THRESHOLDS)[number], text: string): ConfigProblem[] => {
    // An empty or partial number is kept as typed and reported, never turned into 0.
    const value = text.trim() === '' ? text : Number(text);
    return propose('thresholds', { ...config.thresholds, [name]: Number.isNaN(value) ? text : value });
  };
  return (
    <Section title={t('cfgThresholds')} settings={['thresholds']} sources={sources}>
      {THRESHOLDS.map((name) => (
        <TextField key={name} type="number" label={t(`cfgThreshold_${name}` as MessageKey)} initial={String(config.thresholds[name])} onText={(text) => set(name, text)} />
      ))}
    </Section>
  );
}

export function GuardSection({ config, sources, propose }: SectionProps) {
  return (
    <Section title={t('cfgGuard')} settings={['guard']} sources={sources}>
      <label className="check">
        <input type="checkbox" checked={config.guard.failClosed} onChange={(event) => propose('guard', { failClosed: event.target.checked } satisfies RuleConfig['guard'])} />
        {t('cfgFailClosed')}
      </label>
    </Section>
  );
}
