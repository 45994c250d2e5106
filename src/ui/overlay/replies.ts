import type { SavedReply } from '../../config/schema';
import { t } from '../../i18n/t';
import { h } from './dom';

/**
 * The saved-reply picker: a search box over the team's replies, navigated by keyboard (↑/↓,
 * Enter to insert, Escape to close). Titles and texts are shown as text nodes, never as markup.
 */
export function openRepliesPicker(root: ShadowRoot, replies: SavedReply[], actions: { insert(reply: SavedReply): void; close(): void }): HTMLElement {
  const search = h('input', { type: 'search', class: 'reply-search', 'aria-label': t('repliesSearch'), placeholder: t('repliesSearch') });
  const list = h('ul', { role: 'listbox', 'aria-label': t('repliesTitle'), class: 'reply-list' });
  const dialog = h('div', { role: 'dialog', 'aria-label': t('repliesTitle'), class: 'panel replies' }, h('h2', {}, t('repliesTitle')), search, list);
  let shown: SavedReply[] = [];
  let active = 0;

  const render = () => {
    const words = search.value.toLocaleLowerCase('id').split(/\s+/).filter(Boolean);
    shown = replies.filter((reply) => words.every((word) => `${reply.title} ${reply.category} ${reply.text}`.toLocaleLowerCase('id').includes(word)));
    active = Math.min(active, Math.max(0, shown.length - 1));
    list.replaceChildren(
      ...(shown.length === 0
        ? [h('li', { class: 'empty' }, t('repliesNone'))]
        : shown.map((reply, index) =>
            h('li', { role: 'option', 'aria-selected': index === active ? 'true' : 'false', 'data-reply': reply.id }, h('strong', {}, reply.title), h('p', {}, reply.text)),
          )),
    );
    search.setAttribute('aria-activedescendant', '');
  };
  search.addEventListener('input', () => {
    active = 0;
    render();
  });
  search.addEventListener('keydown', (event) => {
    event.stopPropagation();
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : -1) + shown.length) % Math.max(1, shown.length);
      render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const reply = shown[active];
      if (reply) actions.insert(reply);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      actions.close();
    }
  });
  list.addEventListener('click', (event) => {
    const id = (event.target as Element).closest('[data-reply]')?.getAttribute('data-reply');
    const reply = shown.find((r) => r.id === id);
    if (reply) actions.insert(reply);
  });
  render();
  root.append(dialog);
  search.focus({ preventScroll: true });
  return dialog;
}
