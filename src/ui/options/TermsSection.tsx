import { t } from '../../i18n/t';
import { TextField } from './Field';
import { Section } from './Section';
import type { SectionProps } from './types';

const CATEGORIES = ['classified', 'tone', 'pillar'] as const;
const LISTS = ['block', 'allow'] as const;

const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

/** Block and allow terms per category, one per line. */
export function TermsSection({ config, sources, propose }: SectionProps) {
  return (
    <Section title={t('cfgTerms')} settings={['terms']} sources={sources}>
      <p>{t('cfgTermsHelp')}</p>
      {CATEGORIES.map((category) => (
        <div key={category} className="group" role="group" aria-label={t(`cfgCategory_${category}`)}>
          <h3>{t(`cfgCategory_${category}`)}</h3>
          {LISTS.map((list) => (
            <TextField
              key={list}
              multiline
              label={`${t(list === 'block' ? 'cfgBlockTerms' : 'cfgAllowTerms')} — ${t(`cfgCategory_${category}`)}`}
              initial={config.terms[category][list].join('\n')}
              onText={(text) => propose('terms', { ...config.terms, [category]: { ...config.terms[category], [list]: lines(text) } })}
            />
          ))}
        </div>
      ))}
    </Section>
  );
}
