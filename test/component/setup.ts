import { fakeBrowser } from 'wxt/testing/fake-browser';
import id from '../../public/_locales/id/messages.json';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };

// The browser's i18n.getMessage over the Indonesian catalogue, with $NAME$ placeholders resolved
// the way browsers do ($1 … $9 from the substitutions).
fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) => {
  const entry = (id as Record<string, Entry>)[key];
  if (!entry) return '';
  const subs = typeof substitutions === 'string' ? [substitutions] : (substitutions ?? []);
  return entry.message.replace(/\$(\w+)\$/g, (_, name: string) => {
    const content = entry.placeholders?.[name.toLowerCase()]?.content ?? '';
    return content.replace(/\$(\d)/g, (__, index: string) => subs[Number(index) - 1] ?? '');
  });
}) as typeof fakeBrowser.i18n.getMessage;
