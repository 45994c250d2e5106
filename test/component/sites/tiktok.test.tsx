import { describe, expect, test } from 'vitest';
import { tiktokAdapter as tt } from '../../../src/sites/tiktok';
import { $, key, mount } from './mount';

const draft = (text: string) =>
  `<div class="DraftEditor-root"><div class="DraftEditor-editorContainer"><div class="notranslate public-DraftEditor-content" contenteditable="true" role="combobox" aria-label="Tambahkan komentar..."><div data-contents="true"><div data-block="true" data-offset-key="a-0-0"><div class="public-DraftStyleDefault-block" data-offset-key="a-0-0"><span data-offset-key="a-0-0">${text ? `<span data-text="true">${text}</span>` : '<br data-text="true">'}</span></div></div></div></div></div></div>`;

const item = (level: 1 | 2, user: string, name: string, text: string, inner = '') => `
  <div data-e2e="comment-item"><a href="/@${user}" data-e2e="comment-avatar-${level}"></a>
    <div><a href="/@${user}" data-e2e="comment-username-${level}">${name}</a>
      <p data-e2e="comment-level-${level}"><span dir="auto">${text}</span></p>
      <div><span data-e2e="comment-time-${level}">2 jam yang lalu</span><span role="button" data-e2e="comment-reply-${level}">Balas</span></div>
      ${inner}</div></div>`;

const VIDEO = (banner = '') => `
  <div data-e2e="comment-list">
    ${item(1, 'warga.a', 'Warga A', 'Pendaftarannya sampai kapan?')}
    ${item(1, 'budi', 'Budi', 'Syaratnya apa saja?', item(2, 'sari', 'Sari', 'Ikut tanya'))}
  </div>
  <div class="bottom">${banner}<div data-e2e="comment-input">${draft('Sampai 30 Juni')}</div>
    <div role="button" data-e2e="comment-post">Posting</div></div>`;

describe('TikTok adapter', () => {
  test('the Draft.js comment box: kind, text, Posting button, Enter sends', () => {
    mount(VIDEO(), 'https://www.tiktok.com/@pemkotpilar/video/7300000000000000001');
    const [found, ...rest] = tt.findEditors(document);
    expect(rest).toHaveLength(0);
    expect(found?.kind).toBe('comment');
    expect(tt.readText(found!.element)).toBe('Sampai 30 Juni');
    expect(tt.submitButtons(found!.element)).toEqual([$('[data-e2e="comment-post"]')]);
    expect(tt.isSubmitShortcut(key({}), found!.element)).toBe(true);
    expect(tt.isSubmitShortcut(key({ shiftKey: true }), found!.element)).toBe(false);
    expect(tt.repliesTo(found!.element)).toBeUndefined();
  });

  test('comments at both levels, with an id that stays the same across renders', () => {
    mount(VIDEO(), 'https://www.tiktok.com/@pemkotpilar/video/7300000000000000001');
    const items = tt.incomingItems(document);
    expect(items.map(({ author, text }) => ({ author, text }))).toEqual([
      { author: '@warga.a', text: 'Pendaftarannya sampai kapan?' },
      { author: '@budi', text: 'Syaratnya apa saja?' },
      { author: '@sari', text: 'Ikut tanya' },
    ]);
    mount(VIDEO(), 'https://www.tiktok.com/@pemkotpilar/video/7300000000000000001');
    expect(tt.incomingItems(document).map((i) => i.id)).toEqual(items.map((i) => i.id));
    expect(new Set(items.map((i) => i.id)).size).toBe(3);
  });

  test('after Balas, the box with "Membalas @user" answers that comment', () => {
    mount(VIDEO('<div>Membalas @budi <span role="button" aria-label="Tutup">✕</span></div>'), 'https://www.tiktok.com/@pemkotpilar/video/7300000000000000001');
    const [found] = tt.findEditors(document);
    expect(found?.kind).toBe('reply');
    expect(tt.repliesTo(found!.element)).toMatchObject({ author: '@budi', text: 'Syaratnya apa saja?' });
  });

  test('a box opened inside a comment answers that comment', () => {
    mount(VIDEO().replace('<p data-e2e="comment-level-1"><span dir="auto">Syaratnya apa saja?</span></p>', `<p data-e2e="comment-level-1"><span dir="auto">Syaratnya apa saja?</span></p><div data-e2e="comment-input">${draft('')}</div>`), 'https://www.tiktok.com/@pemkotpilar/video/7300000000000000001');
    const [inline, bottom] = tt.findEditors(document);
    expect(inline?.kind).toBe('reply');
    expect(tt.repliesTo(inline!.element)).toMatchObject({ author: '@budi', text: 'Syaratnya apa saja?' });
    expect(bottom?.kind).toBe('comment');
  });

  test('other contenteditables on the page are not composers', () => {
    mount('<div contenteditable="true">catatan</div>', 'https://www.tiktok.com/foryou');
    expect(tt.findEditors(document)).toEqual([]);
  });
});
