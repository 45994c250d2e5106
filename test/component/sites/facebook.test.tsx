import { describe, expect, test } from 'vitest';
import { facebookAdapter as fb } from '../../../src/sites/facebook';
import { $, append, key, mount } from './mount';

const lexical = (label: string, paragraphs = '<p><br></p>') =>
  `<div contenteditable="true" role="textbox" data-lexical-editor="true" spellcheck="true" tabindex="0" aria-label="${label}">${paragraphs}</div>`;

const CREATE_POST = `
  <div role="dialog" aria-modal="true" aria-label="Buat postingan">
    <div aria-label="Tutup dialog komposer" role="button"></div>
    ${lexical('Apa yang Anda pikirkan, Pemkot?', '<p class="x1"><span data-lexical-text="true">Jadwal vaksinasi</span></p><p class="x1"><span data-lexical-text="true">di puskesmas.</span></p>')}
    <div aria-label="Berikutnya" role="button" aria-disabled="false"><span>Berikutnya</span></div>
  </div>`;

const comment = (name: string, profile: string, id: string, text: string, inner = '') => `
  <div role="article" aria-label="Komentar dari ${name} 2 jam yang lalu">
    <a href="https://www.facebook.com/${profile}?comment_id=Y29tbWVudDoxMjNfJHtpZH0%3D" role="link"><span>${name}</span></a>
    <div dir="auto"><span lang="id-ID">${text}</span></div>
    <ul><li><a href="https://www.facebook.com/pemkot/posts/pfbid02abc?comment_id=${id}&__cft__[0]=AZ">2 j</a></li>
      <li><div role="button">Suka</div></li><li><div role="button">Balas</div></li></ul>
    ${inner}
  </div>`;

const PERMALINK = `
  <div role="article">
    <div data-ad-rendering-role="profile_name"><a href="/pemkot">Pemkot</a></div>
    <div data-ad-rendering-role="story_message">Jadwal layanan minggu ini.</div>
    <a href="/pemkot/posts/pfbid02abc">3 j</a>
  </div>
  <div>
    ${comment('Warga A', 'warga.a', '1111', 'Kapan dibuka?')}
    ${comment('Warga B', 'warga.b', '2222', 'Jalan rusak di RT 03', `
      <div role="article" aria-label="Balasan dari Warga C untuk komentar Warga B 1 jam yang lalu">
        <a href="https://www.facebook.com/warga.c" role="link"><span>Warga C</span></a>
        <div dir="auto"><span lang="id-ID">Betul sekali</span></div>
        <a href="https://www.facebook.com/pemkot/posts/pfbid02abc?comment_id=2222&reply_comment_id=3333">1 j</a>
      </div>`)}
    <div style="display:none">${comment('Warga A', 'warga.a', '1111', 'salinan tersembunyi')}</div>
  </div>
  <form role="presentation">
    ${lexical('Komentari sebagai Pemkot')}
    <div id="focused-state-composer-submit"><span><div role="button" aria-label="Komentar" aria-disabled="true"></div></span></div>
  </form>`;

describe('Facebook adapter', () => {
  test('the create-post dialog is a post; Next (Berikutnya) and the later Post settings button submit it', () => {
    mount(CREATE_POST, 'https://www.facebook.com/');
    const [found] = fb.findEditors(document);
    expect(found?.kind).toBe('post');
    expect(fb.readText(found!.element)).toBe('Jadwal vaksinasi\ndi puskesmas.');
    expect(fb.rangeFor(found!.element, 7, 24)?.toString()).toBe('vaksinasidi pusk');
    expect(fb.submitButtons(found!.element)).toEqual([$('[aria-label="Berikutnya"]')]);
    append('<div role="dialog" aria-label="Pengaturan postingan"><div role="button" aria-label="Posting"></div></div>');
    expect(fb.submitButtons(found!.element)).toContain($('[aria-label="Posting"]'));
    // Enter is a new line in a post.
    expect(fb.isSubmitShortcut(key({}), found!.element)).toBe(false);
  });

  test('the profile flow posts from the first dialog (English UI)', () => {
    mount(`<div role="dialog" aria-label="Create post">${lexical("What's on your mind?")}<div role="button" aria-label="Post"></div></div>`);
    const [found] = fb.findEditors(document);
    expect(fb.submitButtons(found!.element)).toEqual([$('[aria-label="Post"]')]);
  });

  test('the comment box under a post: kind, send button in its own form, Enter sends, Shift+Enter does not', () => {
    mount(PERMALINK, 'https://www.facebook.com/pemkot/posts/pfbid02abc');
    const [found, ...rest] = fb.findEditors(document);
    expect(rest).toHaveLength(0);
    expect(found?.kind).toBe('comment');
    expect(fb.submitButtons(found!.element)).toEqual([$('#focused-state-composer-submit [role="button"]')]);
    expect(fb.isSubmitShortcut(key({}), found!.element)).toBe(true);
    expect(fb.isSubmitShortcut(key({ shiftKey: true }), found!.element)).toBe(false);
    expect(fb.repliesTo(found!.element)).toBeUndefined();
  });

  test('comments and replies: ids from comment_id / reply_comment_id, author, text; the hidden copy is not counted twice', () => {
    mount(PERMALINK, 'https://www.facebook.com/pemkot/posts/pfbid02abc');
    const items = fb.incomingItems(document);
    expect(items.map(({ id, author, text }) => ({ id, author, text }))).toEqual([
      { id: '1111', author: 'Warga A', text: 'Kapan dibuka?' },
      { id: '2222', author: 'Warga B', text: 'Jalan rusak di RT 03' },
      { id: '3333', author: 'Warga C', text: 'Betul sekali' },
    ]);
    expect(items[0]?.url).toContain('/pemkot/posts/pfbid02abc?comment_id=1111');
  });

  test('a reply box opened inside a comment answers that comment', () => {
    mount(PERMALINK, 'https://www.facebook.com/pemkot/posts/pfbid02abc');
    const parent = document.querySelectorAll('[role="article"]')[2]!;
    const form = new DOMParser().parseFromString(
      `<form role="presentation">${lexical('Balas ke Warga B', '<p><a href="/warga.b"><span data-lexical-text="true">Warga B</span></a><span data-lexical-text="true"> sudah kami teruskan</span></p>')}<div role="button" aria-label="Komentar"></div></form>`,
      'text/html',
    ).body.firstElementChild!;
    parent.append(document.adoptNode(form));
    const reply = fb.findEditors(document).find((e) => e.element.getAttribute('aria-label') === 'Balas ke Warga B')!;
    expect(reply.kind).toBe('reply');
    expect(fb.readText(reply.element)).toBe('Warga B sudah kami teruskan');
    expect(fb.repliesTo(reply.element)?.id).toBe('2222');
    expect(fb.submitButtons(reply.element)).toEqual([form.querySelector('[role="button"]')]);
  });

  test('a reply box rendered after the thread answers the comment its label names', () => {
    mount(PERMALINK, 'https://www.facebook.com/pemkot/posts/pfbid02abc');
    append(`<form role="presentation">${lexical('Reply to Warga A')}</form>`);
    const reply = fb.findEditors(document).find((e) => e.element.getAttribute('aria-label') === 'Reply to Warga A')!;
    expect(reply.kind).toBe('reply');
    expect(fb.repliesTo(reply.element)?.id).toBe('1111');
  });

  test('Messenger boxes are direct messages that send on Enter', () => {
    mount(`<div>${lexical('Pesan')}<div role="button" aria-label="Tekan enter untuk mengirim"></div></div>`, 'https://www.facebook.com/messages/t/123');
    const [found] = fb.findEditors(document);
    expect(found?.kind).toBe('dm');
    expect(fb.isSubmitShortcut(key({}), found!.element)).toBe(true);
    expect(fb.submitButtons(found!.element)).toEqual([$('[aria-label="Tekan enter untuk mengirim"]')]);
  });

  test('a chat window opened over the feed is a direct message too', () => {
    mount(`<div role="complementary">${lexical('Pesan')}</div>`, 'https://www.facebook.com/');
    expect(fb.findEditors(document).map((e) => e.kind)).toEqual(['dm']);
  });
});
