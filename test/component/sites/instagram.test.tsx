import { describe, expect, test } from 'vitest';
import { instagramAdapter as ig } from '../../../src/sites/instagram';
import { $, key, mount } from './mount';

const row = (user: string, href: string, iso: string, text: string) => `
  <div class="x9f619"><a href="/${user}/" role="link" tabindex="-1"><img alt="Foto profil ${user}"></a>
    <div><span><a href="/${user}/" role="link"><span dir="auto">${user}</span></a> <span dir="auto">${text}</span></span>
      <div><a href="${href}" role="link"><time datetime="${iso}" title="28 Nov 2025">2 j</time></a><span>Suka</span><div role="button">Balas</div></div>
    </div></div>`;

const POST = `
  <div role="dialog" aria-label="Postingan">
    <div><a href="/pemkotpilar/">pemkotpilar</a> <span dir="auto">Car Free Day kembali hadir</span>
      <a href="/p/DBx7kLmPq2R/"><time datetime="2025-11-28T01:00:00.000Z">5 j</time></a></div>
    <ul>
      <li>${row('warga.a', '/p/DBx7kLmPq2R/c/17900000000000001/', '2025-11-28T03:00:00.000Z', 'Apakah motor boleh parkir?')}</li>
      <li>${row('budi_santoso', '/p/DBx7kLmPq2R/c/17900000000000002/', '2025-11-28T04:00:00.000Z', 'Tolong tambah tempat sampah')}
        <ul><li>${row('rina.k', '/p/DBx7kLmPq2R/c/17900000000000002/r/17900000000000003/', '2025-11-28T04:30:00.000Z', 'Setuju')}</li></ul></li>
    </ul>
    BANNER
    <form method="POST"><textarea aria-label="Tambahkan komentar…" placeholder="Tambahkan komentar…"></textarea>
      <div role="button" tabindex="0">Kirim</div></form>
  </div>`;

describe('Instagram adapter', () => {
  test('comments and replies from /c/ and /r/ permalinks with their <time>; the caption is not a comment', () => {
    mount(POST.replace('BANNER', ''), 'https://www.instagram.com/p/DBx7kLmPq2R/');
    expect(ig.incomingItems(document)).toEqual([
      { id: '17900000000000001', url: expect.stringContaining('/p/DBx7kLmPq2R/c/17900000000000001/'), author: 'warga.a', text: 'Apakah motor boleh parkir?', time: '2025-11-28T03:00:00.000Z', threadId: 'DBx7kLmPq2R', kind: 'comment' },
      { id: '17900000000000002', url: expect.any(String), author: 'budi_santoso', text: 'Tolong tambah tempat sampah', time: '2025-11-28T04:00:00.000Z', threadId: 'DBx7kLmPq2R', kind: 'comment' },
      { id: '17900000000000003', url: expect.any(String), author: 'rina.k', text: 'Setuju', time: '2025-11-28T04:30:00.000Z', threadId: 'DBx7kLmPq2R', kind: 'reply' },
    ]);
  });

  test('the comment textarea: comment kind, Kirim submits, Enter sends', () => {
    mount(POST.replace('BANNER', ''), 'https://www.instagram.com/p/DBx7kLmPq2R/');
    const [found] = ig.findEditors(document);
    expect(found?.kind).toBe('comment');
    const textarea = found!.element as HTMLTextAreaElement;
    textarea.value = 'Boleh, di kantong parkir.';
    expect(ig.readText(textarea)).toBe('Boleh, di kantong parkir.');
    expect(ig.rangeFor(textarea, 0, 5)).toBeUndefined();
    expect(ig.submitButtons(textarea)).toEqual([$('form [role="button"]')]);
    expect(ig.isSubmitShortcut(key({}), textarea)).toBe(true);
    expect(ig.isSubmitShortcut(key({ shiftKey: true }), textarea)).toBe(false);
    expect(ig.repliesTo(textarea)).toBeUndefined();
  });

  test('a reply prefilled with "@user " answers that user\'s comment', () => {
    mount(POST.replace('BANNER', ''), 'https://www.instagram.com/p/DBx7kLmPq2R/');
    const textarea = $('textarea') as HTMLTextAreaElement;
    textarea.value = '@budi_santoso sudah kami teruskan';
    expect(ig.repliesTo(textarea)?.id).toBe('17900000000000002');
  });

  test('a Lexical comment box under a "Membalas user" line is a reply to that comment', () => {
    mount(
      POST.replace('BANNER', '<div>Membalas warga.a <span role="button" aria-label="Batalkan balasan">✕</span></div>').replace(
        /<textarea[^>]*><\/textarea>/,
        '<div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Tambahkan komentar…"><p><br></p></div>',
      ),
      'https://www.instagram.com/p/DBx7kLmPq2R/',
    );
    const [found] = ig.findEditors(document);
    expect(found?.kind).toBe('reply');
    expect(ig.repliesTo(found!.element)?.id).toBe('17900000000000001');
  });

  test('Direct: the message box is a DM sent with Enter or Kirim', () => {
    mount(`<div role="main"><div><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Pesan" spellcheck="false"><p><span data-lexical-text="true">Bisa di kelurahan</span></p></div></div><div role="button">Kirim</div></div>`, 'https://www.instagram.com/direct/t/3402/');
    const [found] = ig.findEditors(document);
    expect(found?.kind).toBe('dm');
    expect(ig.isSubmitShortcut(key({}), found!.element)).toBe(true);
    expect(ig.submitButtons(found!.element)).toEqual([$('[role="button"]')]);
  });

  test('the caption of a new post is a post; Bagikan shares it; Enter is a new line', () => {
    mount(`<div role="dialog" aria-label="Buat postingan baru"><div><div role="button">Bagikan</div></div><div contenteditable="true" role="textbox" aria-label="Tulis keterangan..."><p><br></p></div></div>`, 'https://www.instagram.com/create/details/');
    const [found] = ig.findEditors(document);
    expect(found?.kind).toBe('post');
    expect(ig.submitButtons(found!.element)).toEqual([$('[role="button"]')]);
    expect(ig.isSubmitShortcut(key({}), found!.element)).toBe(false);
  });
});
