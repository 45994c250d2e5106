import type { LocalizedText } from '../../checks/types';
import { t } from '../../i18n/t';

/** The engine's bilingual texts, in the same language as the rest of the UI. */
export function localized(text: LocalizedText): string {
  return t('uiLanguage') === 'en' ? text.en : text.id;
}
