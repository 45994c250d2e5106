import { Platform } from '../../messaging/protocol';
import { t, type MessageKey } from '../../i18n/t';
import { CATEGORIES } from '../../tracker/model';
import { ItemsEditor, type FieldSpec } from './ItemsEditor';
import { Section } from './Section';
import type { SectionProps } from './types';

const severities = () => (['block', 'warn', 'info'] as const).map((value) => ({ value, label: t(`cfgSeverity_${value}`) }));
const categories = () => (['classified', 'tone', 'pillar'] as const).map((value) => ({ value, label: t(`cfgCategory_${value}`) }));

/** Team patterns: RE2 only, compiled and checked as the admin types. */
export function PatternsSection({ config, sources, propose }: SectionProps) {
  const fields: FieldSpec[] = [
    { path: ['id'], label: t('cfgPatternId'), kind: 'text' },
    { path: ['pattern'], label: t('cfgPattern'), kind: 'text' },
    { path: ['category'], label: t('cfgPatternCategory'), kind: 'select', options: categories() },
    { path: ['severity'], label: t('cfgPatternSeverity'), kind: 'select', options: severities() },
    { path: ['message', 'id'], label: t('cfgPatternMessageId'), kind: 'text' },
    { path: ['message', 'en'], label: t('cfgPatternMessageEn'), kind: 'text' },
  ];
  const blank = { id: '', pattern: '', caseInsensitive: true, category: 'classified', severity: 'warn', message: { id: '', en: '' } };
  return (
    <Section title={t('cfgPatterns')} settings={['patterns']} sources={sources}>
      <p>{t('cfgPatternsHelp')}</p>
      <ItemsEditor setting="patterns" items={config.patterns} fields={fields} blank={blank} propose={propose} itemLabel={(item, i) => `${t('cfgPattern')} ${i + 1}${item.id ? `: ${String(item.id)}` : ''}`} />
    </Section>
  );
}

/** Saved replies (templat balasan), per kind of incoming item. */
export function RepliesSection({ config, sources, propose }: SectionProps) {
  const fields: FieldSpec[] = [
    { path: ['title'], label: t('cfgReplyTitle'), kind: 'text' },
    { path: ['id'], label: t('cfgPatternId'), kind: 'text' },
    { path: ['category'], label: t('cfgReplyCategory'), kind: 'select', options: CATEGORIES.map((value) => ({ value, label: value })) },
    { path: ['text'], label: t('cfgReplyText'), kind: 'textarea' },
    { path: ['platforms'], label: t('cfgReplyPlatforms'), kind: 'checkboxes', options: Platform.options.map((value) => ({ value, label: t(`platform_${value}` as MessageKey) })) },
  ];
  const blank = { id: '', category: 'pertanyaan', title: '', text: '', platforms: [] };
  return (
    <Section title={t('cfgReplies')} settings={['templates']} sources={sources}>
      <p>{t('cfgRepliesHelp')}</p>
      <ItemsEditor setting="templates" items={config.templates} fields={fields} blank={blank} propose={propose} itemLabel={(item, i) => String(item.title || `${t('cfgReplies')} ${i + 1}`)} />
    </Section>
  );
}
