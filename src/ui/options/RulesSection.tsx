import { RULES } from '../../checks/rules';
import { TERM_RULES } from '../../checks/rules/custom';
import { t } from '../../i18n/t';
import { SelectField } from './Field';
import { Section } from './Section';
import { text } from './state';
import type { SectionProps } from './types';

type Choice = '' | 'off' | 'block' | 'warn' | 'info';

/** Every built-in rule: on with its own severity, off, or at a severity the team chose. */
export function RulesSection({ config, sources, propose }: SectionProps) {
  const options: { value: Choice; label: string }[] = [
    { value: '', label: t('cfgRuleDefault') },
    { value: 'off', label: t('cfgRuleOff') },
    { value: 'block', label: t('cfgSeverity_block') },
    { value: 'warn', label: t('cfgSeverity_warn') },
    { value: 'info', label: t('cfgSeverity_info') },
  ];
  const choose = (rule: string, choice: Choice) => {
    const rules = { ...config.rules };
    if (choice === '') delete rules[rule];
    else rules[rule] = choice === 'off' ? { enabled: false } : { severity: choice };
    propose('rules', rules);
  };
  return (
    <Section title={t('cfgRules')} settings={['rules']} sources={sources}>
      <div className="rules">
        {[...RULES, ...TERM_RULES].map((rule) => {
          const setting = config.rules[rule.id];
          const value: Choice = setting?.enabled === false ? 'off' : (setting?.severity ?? '');
          return <SelectField key={rule.id} label={`${text(rule.description)} (${rule.id})`} value={value} options={options} onChange={(choice) => choose(rule.id, choice)} />;
        })}
      </div>
    </Section>
  );
}
