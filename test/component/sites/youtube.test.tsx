import { describe, expect, test } from 'vitest';
import { youtubeAdapter as yt } from '../../../src/sites/youtube';
import { $, key, mount } from './mount';

const commentbox = (label: string, text: string) => `
  <ytd-commentbox><div id="author-thumbnail"></div>
    <yt-formatted-string id="contenteditable-root" contenteditable="true" aria-label="${label}" dir="auto">${text}</yt-formatted-string>
    <div id="buttons"><ytd-button-renderer id="cancel-button"><button aria-label="Batal">Batal</button></ytd-button-renderer>
      <ytd-button-renderer id="submit-button"><button aria-label="${label.startsWith('Tambahkan balasan') ? 'Balas' : 'Komentar'}">Komentar</button></ytd-button-renderer></div>
  </ytd-commentbox>`;

const comment = (id: string, handle: string, text: string, inner = '') => `
  <ytd-comment-view-model><div id="header-author"><a id="author-text" href="/@${handle}"><span>@${handle}</span></a>
    <span id="published-time-text"><a href="/watch?v=dQw4w9WgXcQ&amp;lc=${id}">2 jam yang lalu</a></span></div>
    <yt-attributed-string id="content-text"><span>${text}</span></yt-attributed-string>
    <div id="reply-dialog">${inner}</div></ytd-comment-view-model>`;

const WATCH = `
  <ytd-comments><ytd-comments-header-renderer><ytd-comment-simplebox-renderer>${commentbox('Tambahkan komentar...', 'Terima kasih<br>sudah menonton')}</ytd-comment-simplebox-renderer></ytd-comments-header-renderer>
    <ytd-comment-thread-renderer>${comment('UgxA1', 'warga_a', 'Videonya bermanfaat', commentbox('Tambahkan balasan...', '@warga_a sama-sama'))}
      <ytd-comment-replies-renderer>${comment('UgxA1.9zB2', 'budi', 'Setuju')}</ytd-comment-replies-renderer></ytd-comment-thread-renderer>
  </ytd-comments>`;

describe('YouTube adapter', () => {
  test('watch page: the top box is a comment, the box under a comment is a reply to it', () => {
    mount(WATCH, 'https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    const editors = yt.findEditors(document);
    expect(editors.map((e) => e.kind)).toEqual(['comment', 'reply']);
    expect(yt.readText(editors[0]!.element)).toBe('Terima kasih\nsudah menonton');
    expect(yt.rangeFor(editors[0]!.element, 7, 21)?.toString()).toBe('kasihsudah me');
    expect(yt.repliesTo(editors[0]!.element)).toBeUndefined();
    expect(yt.repliesTo(editors[1]!.element)).toMatchObject({ id: 'UgxA1', author: '@warga_a', text: 'Videonya bermanfaat' });
  });

  test('each box submits with its own #submit-button (not Batal) and Ctrl/Cmd+Enter', () => {
    mount(WATCH, 'https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    const [top, reply] = yt.findEditors(document);
    expect(yt.submitButtons(top!.element)).toEqual([$('ytd-comments-header-renderer [id="submit-button"] button')]);
    expect(yt.submitButtons(reply!.element)).toEqual([$('[id="reply-dialog"] [id="submit-button"] button')]);
    expect(yt.isSubmitShortcut(key({ ctrlKey: true }), top!.element)).toBe(true);
    expect(yt.isSubmitShortcut(key({}), top!.element)).toBe(false);
  });

  test('comments and replies by their lc= id', () => {
    mount(WATCH, 'https://www.youtube.com/watch?v=dQw4w9WgXcQ');
    expect(yt.incomingItems(document).map(({ id, author, text }) => ({ id, author, text }))).toEqual([
      { id: 'UgxA1', author: '@warga_a', text: 'Videonya bermanfaat' },
      { id: 'UgxA1.9zB2', author: '@budi', text: 'Setuju' },
    ]);
  });

  test('Studio: the reply textarea inside a shadow root is found, read and submitted', () => {
    mount('<ytcp-comment-thread><ytcp-comment><a id="author-text" href="/channel/UC1">Warga A</a><span class="published-time-text">1 hari lalu</span><yt-formatted-string id="content-text">Kapan jadwalnya?</yt-formatted-string><div id="reply-host"></div></ytcp-comment></ytcp-comment-thread>', 'https://studio.youtube.com/channel/UC0/comments/inbox');
    const host = $('#reply-host');
    const shadow = host.attachShadow({ mode: 'open' });
    const box = document.createElement('ytcp-commentbox');
    const textarea = document.createElement('textarea');
    const submit = document.createElement('ytcp-button');
    submit.id = 'submit-button';
    box.append(textarea, submit);
    shadow.append(box);
    textarea.value = 'Besok pukul 09.00';

    const [found] = yt.findEditors(document);
    expect(found).toEqual({ element: textarea, kind: 'reply' });
    expect(yt.readText(textarea)).toBe('Besok pukul 09.00');
    expect(yt.submitButtons(textarea)).toEqual([submit]);
    const target = yt.repliesTo(textarea);
    expect(target).toMatchObject({ author: 'Warga A', text: 'Kapan jadwalnya?' });
    expect(yt.incomingItems(document).map((i) => i.id)).toEqual([target!.id]);
  });
});
