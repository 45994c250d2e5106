import { describe, expect, test } from 'vitest';
import { linkedinAdapter as li } from '../../../src/sites/linkedin';
import { $, key, mount } from './mount';

const quill = (label: string, paragraphs = '<p><br></p>') =>
  `<div class="ql-container"><div class="ql-editor" contenteditable="true" role="textbox" aria-multiline="true" aria-label="${label}" data-placeholder="${label}">${paragraphs}</div></div>`;

const comment = (id: string, name: string, text: string, inner = '', reply = false) => `
  <article class="comments-comment-entity${reply ? ' comments-comment-entity--reply' : ''}" data-id="urn:li:comment:(activity:7262000000000000000,${id})">
    <div class="comments-post-meta"><span class="comments-post-meta__name-text">${name}</span><div>Warga</div></div>
    <time class="comments-comment-meta__data">2 j</time>
    <div class="comments-comment-item__main-content"><span class="update-components-text" dir="ltr">${text}</span></div>
    <div class="comments-comment-social-bar"><button aria-label="Balas komentar ${name}">Balas</button></div>
    ${inner}
  </article>`;

const commentBox = (label: string, button: string) => `
  <div class="comments-comment-box"><form class="comments-comment-box__form"><div class="comments-comment-texteditor">${quill(label, '<p>Terima kasih, <strong>segera</strong> kami cek.</p><p><br></p><p>Salam</p>')}</div>
    <button type="submit" class="comments-comment-box__submit-button--cr artdeco-button comments-comment-box__submit-button"><span>${button}</span></button></form></div>`;

const FEED = `
  <div role="dialog" class="artdeco-modal share-box-v2__modal">
    <div class="share-creation-state__text-editor">${quill('Teks editor untuk membuat konten', '<p>Pengumuman layanan</p>')}</div>
    <div class="share-box_actions"><button class="share-actions__primary-action artdeco-button">Posting</button></div>
  </div>
  <div class="comments-comments-list">
    ${comment('7262000000000000001', 'Warga A', 'Kapan pendaftaran dibuka?')}
    ${comment('7262000000000000002', 'Warga B', 'Mohon info syaratnya', `<div class="comments-replies-list">
      ${comment('7262000000000000003', 'Warga C', 'Saya juga ingin tahu', '', true)}
      ${commentBox('Tambahkan balasan…', 'Balas')}</div>`)}
  </div>
  ${commentBox('Tambahkan komentar…', 'Komentar')}`;

describe('LinkedIn adapter', () => {
  test('finds the share box (post), the comment box and the reply box inside a comment', () => {
    mount(FEED, 'https://www.linkedin.com/feed/');
    const kinds = li.findEditors(document).map((editor) => [editor.element.getAttribute('aria-label'), editor.kind]);
    expect(kinds).toEqual([
      ['Teks editor untuk membuat konten', 'post'],
      ['Tambahkan balasan…', 'reply'],
      ['Tambahkan komentar…', 'comment'],
    ]);
  });

  test('reads Quill paragraphs and maps a range across them', () => {
    mount(FEED, 'https://www.linkedin.com/feed/');
    const box = $('[aria-label="Tambahkan komentar…"]');
    expect(li.readText(box)).toBe('Terima kasih, segera kami cek.\n\nSalam');
    expect(li.rangeFor(box, 14, 20)?.toString()).toBe('segera');
  });

  test('each box is submitted by its own button; Enter is a new line', () => {
    mount(FEED, 'https://www.linkedin.com/feed/');
    const post = $('[aria-label="Teks editor untuk membuat konten"]');
    expect(li.submitButtons(post)).toEqual([$('.share-actions__primary-action')]);
    const reply = $('[aria-label="Tambahkan balasan…"]');
    expect(li.submitButtons(reply).map((b) => b.textContent)).toEqual(['Balas']);
    const top = $('[aria-label="Tambahkan komentar…"]');
    expect(li.submitButtons(top).map((b) => b.textContent)).toEqual(['Komentar']);
    expect(li.isSubmitShortcut(key({}), top)).toBe(false);
  });

  test('comments by their urn, and the reply box answers the comment it sits in', () => {
    mount(FEED, 'https://www.linkedin.com/feed/');
    const items = li.incomingItems(document);
    expect(items.map(({ id, author, text }) => ({ id, author, text }))).toEqual([
      { id: '7262000000000000001', author: 'Warga A', text: 'Kapan pendaftaran dibuka?' },
      { id: '7262000000000000002', author: 'Warga B', text: 'Mohon info syaratnya' },
      { id: '7262000000000000003', author: 'Warga C', text: 'Saya juga ingin tahu' },
    ]);
    expect(items[0]?.url).toBe(
      'https://www.linkedin.com/feed/update/urn:li:activity:7262000000000000000/?commentUrn=urn%3Ali%3Acomment%3A(activity%3A7262000000000000000%2C7262000000000000001)',
    );
    expect(li.repliesTo($('[aria-label="Tambahkan balasan…"]'))?.id).toBe('7262000000000000002');
    expect(li.repliesTo($('[aria-label="Tambahkan komentar…"]'))).toBeUndefined();
  });

  test('messaging is a DM that sends on Enter', () => {
    mount(`<div class="msg-form"><div class="msg-form__msg-content-container">${quill('Tulis pesan…')}</div><button class="msg-form__send-button">Kirim</button></div>`, 'https://www.linkedin.com/messaging/thread/2-abc/');
    const [found] = li.findEditors(document);
    expect(found?.kind).toBe('dm');
    expect(li.isSubmitShortcut(key({}), found!.element)).toBe(true);
    expect(li.isSubmitShortcut(key({ shiftKey: true }), found!.element)).toBe(false);
    expect(li.submitButtons(found!.element)).toContain($('.msg-form__send-button'));
  });
});
