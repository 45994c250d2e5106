import { describe, expect, test } from 'vitest';
import { threadsAdapter as th } from '../../../src/sites/threads';
import { $, append, key, mount } from './mount';

const post = (user: string, code: string, iso: string, text: string, actions = true) => `
  <div data-pressable-container="true"><a href="/@${user}" role="link" tabindex="-1"></a>
    <div><div><a href="/@${user}" role="link"><span dir="auto">${user}</span></a>
      <a href="/@${user}/post/${code}" role="link"><time datetime="${iso}" title="28/11/2025">2 j</time></a></div>
    <div dir="auto"><span dir="auto">${text}</span></div>
    ${actions ? '<div><div role="button" aria-label="Suka"></div><div role="button" aria-label="Balas"></div><div role="button" aria-label="Posting ulang"></div></div>' : ''}</div></div>`;

const lexical = '<div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Kolom teks kosong. Ketik untuk membuat postingan baru."><p><span data-lexical-text="true">Sudah kami jadwalkan</span></p></div>';

const dialog = (preview: string) => `
  <div role="dialog" aria-modal="true"><div><div role="button">Batal</div><h1>${preview ? 'Balas' : 'Thread baru'}</h1></div>
    <div>${preview}<div>${lexical}<div>Tambahkan ke thread</div></div></div>
    <div><span>Siapa pun dapat membalas</span><div role="button" aria-disabled="false">Posting</div></div></div>`;

const FEED = post('warga.a', 'DCabc123', '2025-11-28T03:00:00.000Z', 'Kapan jalan diperbaiki?') + post('budi', 'DCdef456', '2025-11-28T04:00:00.000Z', 'Terima kasih');

describe('Threads adapter', () => {
  test('posts: code from /@user/post/<code>, handle, text and <time>', () => {
    mount(FEED, 'https://www.threads.com/');
    expect(th.incomingItems(document)).toEqual([
      { id: 'DCabc123', url: expect.stringContaining('/@warga.a/post/DCabc123'), author: '@warga.a', text: 'Kapan jalan diperbaiki?', time: '2025-11-28T03:00:00.000Z', threadId: 'DCabc123', kind: 'mention' },
      { id: 'DCdef456', url: expect.stringContaining('/@budi/post/DCdef456'), author: '@budi', text: 'Terima kasih', time: '2025-11-28T04:00:00.000Z', threadId: 'DCdef456', kind: 'mention' },
    ]);
  });

  test('a new thread dialog is a post submitted by Posting (not "Posting ulang") or Ctrl/Cmd+Enter', () => {
    mount(FEED, 'https://www.threads.com/');
    append(dialog(''));
    const [found] = th.findEditors(document);
    expect(found?.kind).toBe('post');
    expect(th.readText(found!.element)).toBe('Sudah kami jadwalkan');
    expect(th.submitButtons(found!.element)).toEqual([$('[role="dialog"] [aria-disabled]')]);
    expect(th.isSubmitShortcut(key({ metaKey: true }), found!.element)).toBe(true);
    expect(th.isSubmitShortcut(key({}), found!.element)).toBe(false);
    expect(th.repliesTo(found!.element)).toBeUndefined();
  });

  test('a reply dialog answers the post shown above the box', () => {
    mount(FEED, 'https://www.threads.com/');
    append(dialog(post('warga.a', 'DCabc123', '2025-11-28T03:00:00.000Z', 'Kapan jalan diperbaiki?', false)));
    const [found] = th.findEditors(document);
    expect(found?.kind).toBe('reply');
    expect(th.repliesTo(found!.element)).toMatchObject({ id: 'DCabc123', author: '@warga.a' });
  });

  test('a box on a post page replies to that post', () => {
    mount(`${FEED}<div>${lexical}</div>`, 'https://www.threads.com/@budi/post/DCdef456');
    const [found] = th.findEditors(document);
    expect(found?.kind).toBe('reply');
    expect(th.repliesTo(found!.element)).toMatchObject({ id: 'DCdef456', text: 'Terima kasih' });
  });
});
