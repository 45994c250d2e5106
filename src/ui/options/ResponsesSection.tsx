import { t } from '../../i18n/t';
import { problemText } from '../../config/messages';
import { TextField } from './Field';
import { Section } from './Section';
import type { SectionProps } from './types';

/**
 * The reply queue's settings (working hours, Ramadan, holidays, zones, targets, category words,
 * retention) as the JSON a team file holds, checked as the admin types.
 */
export function ResponsesSection({ config, sources, propose }: SectionProps) {
  const onText = (text: string) => {
    try {
      return propose('responses', JSON.parse(text));
    } catch (error) {
      return [{ path: '$.responses', message: problemText.notJson(error instanceof Error ? error.message : String(error)) }];
    }
  };
  return (
    <Section title={t('cfgResponses')} settings={['responses']} sources={sources}>
      <TextField multiline label={t('cfgResponses')} hint={t('cfgResponsesHelp')} initial={JSON.stringify(config.responses, null, 2)} onText={onText} />
    </Section>
  );
}
