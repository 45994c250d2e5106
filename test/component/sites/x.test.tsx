import { beforeEach, describe, expect, test } from 'vitest';
import { xAdapter } from '../../../src/sites/x';
import { $, append, key, mount } from './mount';

const editor = (testid: string, label = 'Teks postingan') => `
  <div data-testid="${testid}RichTextInputContainer"><label data-testid="${testid}_label">
    <div class="DraftEditor-root"><div class="DraftEditor-editorContainer">
      <div class="notranslate public-DraftEditor-content" contenteditable="true" role="textbox" aria-multiline="true"
           aria-label="${label}" data-testid="${testid}" spellcheck="true">
        <div data-contents="true">
          <div data-block="true" data-offset-key="k1-0-0"><div class="public-DraftStyleDefault-block" data-offset-key="k1-0-0">
            <span data-offset-key="k1-0-0"><span data-text="true">Terima kasih atas laporannya</span></span></div></div>
          <div data-block="true" data-offset-key="k2-0-0"><div class="public-DraftStyleDefault-block" data-offset-key="k2-0-0">
            <span data-offset-key="k2-0-0"><span data-text="true">Tim kami segera ke lokasi.</span></span></div></div>
        </div>
      </div>
    </div></div>
  </label></div>`;

const tweet = (handle: string, id: string, text: string, extra = '') => `
  <div data-testid="cellInnerDiv"><article role="article" tabindex="0" data-testid="tweet">
    <div data-testid="User-Name">
      <a href="/${handle}" role="link"><span>Warga</span></a>
      <a href="/${handle}" role="link" tabindex="-1"><span>@${handle}</span></a>
      <a href="/${handle}/status/${id}" aria-label="4 jam lalu" role="link"><time datetime="2025-10-28T11:13:47.000Z">4 j</time></a>
    </div>
    <div data-testid="tweetText" lang="in" dir="auto"><span>${text}</span></div>
    ${extra}
    <div role="group"><button data-testid="reply" aria-label="0 Balasan. Balas"></button></div>
  </article></div>`;

const HOME = `
  <header role="banner"><a data-testid="AppTabBar_Profile_Link" href="/pemkot_x">Profil</a></header>
  <main role="main"><div data-testid="primaryColumn">
    <div>${editor('tweetTextarea_0')}
      <div data-testid="toolBar"><button data-testid="tweetButtonInline" type="button"><div><span><span>Posting</span></span></div></button></div>
    </div>
    <section role="region"><div aria-label="Linimasa: Beranda"><div>
      ${tweet('warga_a', '1983130065320780162', 'Halo <a href="/pemkot_x">@pemkot_x</a> jalan rusak di Jl. Merdeka')}
      ${tweet('warga_c', '1983130065320780999', 'Lihat ini', `
        <div role="link"><div data-testid="User-Name"><a href="/lain" role="link">Lain</a><time datetime="2025-01-01T00:00:00.000Z">1 Jan</time></div>
        <div data-testid="tweetText">kutipan</div></div>`)}
      ${tweet('pemkot_x', '1983130065320780111', 'Pengumuman resmi kami')}
      <div data-testid="cellInnerDiv"><article data-testid="notification">X menyukai postingan Anda</article></div>
    </div></div></section>
  </div></main>`;

const REPLY_DIALOG = `
  <div id="layers"><div><div><div role="dialog" aria-modal="true" aria-labelledby="modal-header">
    <button data-testid="app-bar-close" aria-label="Tutup"></button>
    <div><div data-testid="User-Name"><a href="/warga_a" role="link">Warga A</a><a href="/warga_a" tabindex="-1">@warga_a</a><time datetime="2025-10-28T11:13:47.000Z">4 j</time></div>
      <div data-testid="tweetText" lang="in"><span>Halo </span><a href="/pemkot_x">@pemkot_x</a><span> jalan rusak di Jl. Merdeka</span></div></div>
    <div>Membalas <a href="/warga_a">@warga_a</a></div>
    ${editor('tweetTextarea_0', 'Posting balasan Anda')}
    <button data-testid="tweetButton" type="button"><div><span><span>Balas</span></span></div></button>
  </div></div></div></div>`;

describe('X adapter', () => {
  beforeEach(() => mount(HOME, 'https://x.com/home'));

  test('finds the home composer as a post and reads its Draft.js lines', () => {
    const [found, ...rest] = xAdapter.findEditors(document);
    expect(rest).toHaveLength(0);
    expect(found?.kind).toBe('post');
    expect(xAdapter.readText(found!.element)).toBe('Terima kasih atas laporannya\nTim kami segera ke lokasi.');
    expect(xAdapter.rangeFor(found!.element, 13, 40)?.toString()).toBe('atas laporannyaTim kami se');
  });

  test('the inline Post button (Indonesian label) submits the home composer, as does Ctrl/Cmd+Enter', () => {
    const element = $('[data-testid="tweetTextarea_0"]');
    expect(xAdapter.submitButtons(element)).toEqual([$('[data-testid="tweetButtonInline"]')]);
    expect(xAdapter.isSubmitShortcut(key({ ctrlKey: true }), element)).toBe(true);
    expect(xAdapter.isSubmitShortcut(key({ metaKey: true }), element)).toBe(true);
    expect(xAdapter.isSubmitShortcut(key({}), element)).toBe(false);
    expect(xAdapter.isSubmitShortcut(key({ ctrlKey: true, isComposing: true }), element)).toBe(false);
  });

  test('incoming posts: id from the own permalink (not a quoted post), handle, text, time; own posts and notifications left out', () => {
    const items = xAdapter.incomingItems(document);
    expect(items.map((item) => item.id)).toEqual(['1983130065320780162', '1983130065320780999']);
    expect(items[0]).toEqual({
      id: '1983130065320780162',
      url: 'https://x.com/warga_a/status/1983130065320780162',
      author: '@warga_a',
      text: 'Halo @pemkot_x jalan rusak di Jl. Merdeka',
      time: '2025-10-28T11:13:47.000Z',
      threadId: '1983130065320780162',
      kind: 'mention',
    });
    expect(items[1]?.text).toBe('Lihat ini');
  });

  test('a reply dialog over the timeline is a reply to the post it previews', () => {
    append(REPLY_DIALOG);
    const dialogEditor = xAdapter.findEditors(document).find((e) => e.element.closest('[role="dialog"]'))!;
    expect(dialogEditor.kind).toBe('reply');
    expect(xAdapter.repliesTo(dialogEditor.element)?.id).toBe('1983130065320780162');
    expect(xAdapter.submitButtons(dialogEditor.element)).toEqual([$('[data-testid="tweetButton"]')]);
  });

  test('a reply dialog still finds its post when the timeline card shows it cut short', () => {
    append(REPLY_DIALOG.replace('<span> jalan rusak di Jl. Merdeka</span>', '<span> jalan rusak di Jl. Merdeka dekat pasar, mohon segera diperbaiki</span>'));
    const dialogEditor = xAdapter.findEditors(document).find((e) => e.element.closest('[role="dialog"]'))!;
    expect(xAdapter.repliesTo(dialogEditor.element)?.id).toBe('1983130065320780162');
  });

  test('the inline box on a status page replies to the post in the URL', () => {
    mount(`${tweet('warga_a', '1983130065320780162', 'Halo pemkot')}<div>${editor('tweetTextarea_0', 'Posting balasan Anda')}
      <button data-testid="tweetButtonInline"><span><span>Reply</span></span></button></div>`, 'https://x.com/warga_a/status/1983130065320780162');
    const [found] = xAdapter.findEditors(document);
    expect(found?.kind).toBe('reply');
    expect(xAdapter.repliesTo(found!.element)).toMatchObject({ id: '1983130065320780162', author: '@warga_a', text: 'Halo pemkot' });
  });

  test('a direct message box sends on Enter', () => {
    mount(`<div><div data-testid="dmComposerTextInput" contenteditable="true" role="textbox"><div data-contents="true"><div data-block="true"><div><span><span data-text="true">Halo</span></span></div></div></div></div>
      <button data-testid="dmComposerSendButton" aria-label="Kirim"></button></div>`, 'https://x.com/messages/1-2');
    const [found] = xAdapter.findEditors(document);
    expect(found?.kind).toBe('dm');
    expect(xAdapter.isSubmitShortcut(key({}), found!.element)).toBe(true);
    expect(xAdapter.isSubmitShortcut(key({ shiftKey: true }), found!.element)).toBe(false);
    expect(xAdapter.submitButtons(found!.element)).toEqual([$('[data-testid="dmComposerSendButton"]')]);
    expect(xAdapter.repliesTo(found!.element)).toBeUndefined();
  });
});
