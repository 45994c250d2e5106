import { describe, expect, test } from 'vitest';
import { facebookAdapter as fb } from '../../../src/sites/facebook';
import { genericAdapter as generic } from '../../../src/sites/generic';
import { instagramAdapter as ig } from '../../../src/sites/instagram';
import { linkedinAdapter as li } from '../../../src/sites/linkedin';
import { threadsAdapter as th } from '../../../src/sites/threads';
import { tiktokAdapter as tt } from '../../../src/sites/tiktok';
import { xAdapter as x } from '../../../src/sites/x';
import { youtubeAdapter as yt } from '../../../src/sites/youtube';
import { mount } from './mount';

// What capture reads on each platform: the acting account, the incoming items with their thread,
// kind and time (exact or the label), and the account's own replies with the item they answer.

describe('X', () => {
  const card = (handle: string, id: string, text: string, replyingTo?: string) => `
    <div data-testid="cellInnerDiv"><article data-testid="tweet" role="article" tabindex="0">
      <div data-testid="User-Name"><a href="/${handle}" role="link">${handle}</a><a href="/${handle}" tabindex="-1">@${handle}</a>
        <a href="/${handle}/status/${id}" aria-label="2 jam"><time datetime="2026-12-04T0${id.slice(-1)}:00:00.000Z">2 j</time></a></div>
      ${replyingTo ? `<div><div>Membalas <a href="/${replyingTo}">@${replyingTo}</a></div></div>` : ''}
      <div data-testid="tweetText" lang="in" dir="auto"><span>${text}</span></div>
    </article></div>`;
  const PAGE = `
    <header role="banner"><nav><a href="/Pilar_ID" data-testid="AppTabBar_Profile_Link" aria-label="Profil">Profil</a></nav></header>
    <main><section><h1>Notifikasi</h1><div aria-label="Linimasa: Sebutan"><div>
      ${card('siti_r', '1001', 'Sampah belum diangkut', 'pilar_id')}
      ${card('bambang', '1002', '@pilar_id syarat SIM apa saja?')}
      ${card('pilar_id', '1009', 'Syaratnya KTP dan SIM lama.', 'bambang')}
    </div></div></section></main>`;

  test('account from the profile link; own reply answers the post above it by the handle it names', () => {
    mount(PAGE, 'https://x.com/notifications/mentions');
    expect(x.currentAccount()).toBe('pilar_id');
    expect(x.incomingItems(document).map(({ id, kind, threadId, time }) => ({ id, kind, threadId, time }))).toEqual([
      { id: '1001', kind: 'reply', threadId: '1001', time: '2026-12-04T01:00:00.000Z' },
      { id: '1002', kind: 'mention', threadId: '1002', time: '2026-12-04T02:00:00.000Z' },
    ]);
    expect(x.ownReplies(document)).toEqual([{ id: '1009', answers: '1002', time: '2026-12-04T09:00:00.000Z' }]);
  });

  test('on a status page every card belongs to the conversation in the URL', () => {
    mount(PAGE, 'https://x.com/siti_r/status/1001');
    expect(x.incomingItems(document).map((item) => item.threadId)).toEqual(['1001', '1001']);
  });

  test('without the profile link no account is known and nothing is taken for an own reply', () => {
    mount(PAGE.replace(/<header.*?<\/header>/, ''), 'https://x.com/notifications/mentions');
    expect(x.currentAccount()).toBeUndefined();
    expect(x.ownReplies(document)).toEqual([]);
    expect(x.incomingItems(document)).toHaveLength(3);
  });
});

describe('Facebook', () => {
  const comment = (name: string, profile: string, id: string, text: string, inner = '', utime = '') => `
    <div role="article" aria-label="Komentar oleh ${name} 2 jam yang lalu">
      <a href="https://www.facebook.com/${profile}?comment_id=${id}" role="link" tabindex="-1"><svg><image></image></svg>SR</a>
      <a href="https://www.facebook.com/${profile}?comment_id=${id}" role="link"><span>${name}</span></a>
      <div dir="auto"><span lang="id">${text}</span></div>
      <ul><li><a href="https://www.facebook.com/pemkot/posts/pfbid0abc?comment_id=${id}&__cft__[0]=AZ">${utime ? `<abbr data-utime="${utime}">2 j</abbr>` : '2 j'}</a></li></ul>
      ${inner}
    </div>`;
  const own = `
    <div role="article" aria-label="Balasan oleh Pemkot Pilar untuk komentar Dewi">
      <a href="/pemkot" role="link"><span>Pemkot Pilar</span></a>
      <div dir="auto"><span lang="id">Sama-sama</span></div>
      <a href="/pemkot/posts/pfbid0abc?comment_id=3003&reply_comment_id=3009">20 j</a>
    </div>`;
  const PAGE = `
    ${comment('Siti R', 'siti.r', '3001', 'Sampah menumpuk')}
    ${comment('Dewi A', 'dewi.a', '3003', 'Terima kasih', own, '1764810000')}
    <form role="presentation"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Komentari sebagai Pemkot Pilar"><p><br></p></div></form>`;

  test('account from "Komentari sebagai"; the avatar link is not the author; utime is exact, else the label; reply_comment_id names the parent', () => {
    mount(PAGE, 'https://www.facebook.com/pemkot/posts/pfbid0abc');
    expect(fb.currentAccount()).toBe('pemkot pilar');
    expect(fb.incomingItems(document).map(({ id, author, kind, threadId, time, relativeTime }) => ({ id, author, kind, threadId, time, relativeTime }))).toEqual([
      { id: '3001', author: 'Siti R', kind: 'comment', threadId: 'pfbid0abc', time: undefined, relativeTime: '2 j' },
      { id: '3003', author: 'Dewi A', kind: 'comment', threadId: 'pfbid0abc', time: '2025-12-04T01:00:00.000Z', relativeTime: undefined },
    ]);
    expect(fb.ownReplies(document)).toEqual([{ id: '3009', answers: '3003', relativeTime: '20 j' }]);
  });
});

describe('Instagram', () => {
  const row = (user: string, href: string, iso: string, text: string) => `
    <div><a href="/${user}/" tabindex="-1"><img alt="Foto profil ${user}"></a>
      <span><a href="/${user}/"><span dir="auto">${user}</span></a> <span dir="auto">${text}</span></span>
      <div><a href="${href}"><time datetime="${iso}" title="4 Des 2026">2 j</time></a><div role="button">Balas</div></div></div>`;
  const PAGE = `
    <nav aria-label="Navigasi"><a href="/"><span>Beranda</span></a><a href="/pemkotpilar/"><img alt="Foto profil pemkotpilar"><span>Profil</span></a></nav>
    <ul><li>${row('siti.r', '/p/DQ1/c/501/', '2026-12-04T01:00:00.000Z', 'Sampah menumpuk')}</li>
      <li>${row('dewi.a', '/p/DQ1/c/503/', '2026-12-04T02:00:00.000Z', 'Terima kasih')}
        <ul><li>${row('pemkotpilar', '/p/DQ1/c/503/r/509/', '2026-12-04T03:00:00.000Z', 'Sama-sama')}</li></ul></li></ul>`;

  test('account from the navigation\'s Profil link; an own /r/ reply answers its /c/ comment', () => {
    mount(PAGE, 'https://www.instagram.com/p/DQ1/');
    expect(ig.currentAccount()).toBe('pemkotpilar');
    expect(ig.incomingItems(document).map(({ id, kind, threadId }) => ({ id, kind, threadId }))).toEqual([
      { id: '501', kind: 'comment', threadId: 'DQ1' },
      { id: '503', kind: 'comment', threadId: 'DQ1' },
    ]);
    expect(ig.ownReplies(document)).toEqual([{ id: '509', answers: '503', time: '2026-12-04T03:00:00.000Z' }]);
  });
});

describe('LinkedIn', () => {
  const urn = (id: string) => `urn:li:comment:(activity:7262,${id})`;
  const entity = (id: string, name: string, text: string, inner = '', reply = false) => `
    <article class="comments-comment-entity${reply ? ' comments-comment-entity--reply' : ''}" data-id="${urn(id)}">
      <a href="/in/${id}/" tabindex="-1"><span aria-hidden="true">XX</span></a>
      <span class="comments-post-meta__name-text">${name}</span><time class="comments-comment-meta__data">${reply ? '1 j' : '2 j'}</time>
      <div class="comments-comment-item__main-content"><span class="update-components-text">${text}</span></div>
      ${inner ? `<div class="comments-replies-list">${inner}</div>` : ''}
    </article>`;
  const PAGE = `
    <header class="global-nav"><button aria-label="Saya"><img class="global-nav__me-photo" alt="Pemkot Pilar"><span>Saya</span></button></header>
    ${entity('771', 'Siti R', 'Sampah menumpuk')}
    ${entity('773', 'Dewi A', 'Terima kasih', entity('779', 'Pemkot Pilar', 'Sama-sama', '', true))}`;

  test('account from the member photo; names are read from the comment itself, not an avatar or a reply', () => {
    mount(PAGE, 'https://www.linkedin.com/feed/update/urn:li:activity:7262/');
    expect(li.currentAccount()).toBe('pemkot pilar');
    expect(li.incomingItems(document).map(({ id, author, text, kind, threadId, relativeTime }) => ({ id, author, text, kind, threadId, relativeTime }))).toEqual([
      { id: '771', author: 'Siti R', text: 'Sampah menumpuk', kind: 'comment', threadId: '7262', relativeTime: '2 j' },
      { id: '773', author: 'Dewi A', text: 'Terima kasih', kind: 'comment', threadId: '7262', relativeTime: '2 j' },
    ]);
    expect(li.ownReplies(document)).toEqual([{ id: '779', answers: '773', relativeTime: '1 j' }]);
  });
});

describe('YouTube', () => {
  const comment = (handle: string, lc: string, text: string, badge = '', replies = '') => `
    <ytd-comment-view-model><div id="header-author"><a id="author-text" href="/${handle}"><span>${handle}</span></a>${badge}
      <span id="published-time-text"><a href="/watch?v=vid1&lc=${lc}">2 jam yang lalu</a></span></div>
      <yt-attributed-string id="content-text"><span>${text}</span></yt-attributed-string>${replies}</ytd-comment-view-model>`;
  const BADGE = '<span id="author-comment-badge"><ytd-author-comment-badge-renderer></ytd-author-comment-badge-renderer></span>';
  const WATCH = `
    <div id="owner"><ytd-video-owner-renderer><a href="/@PemkotPilar">Pemkot Pilar</a></ytd-video-owner-renderer>
      <a href="https://studio.youtube.com/video/vid1/edit">Edit video</a></div>
    <ytd-comment-thread-renderer>${comment('@siti', 'Ug1', 'Sampah menumpuk')}</ytd-comment-thread-renderer>
    <ytd-comment-thread-renderer>${comment('@dewi', 'Ug3', 'Terima kasih', '', `<div id="replies">${comment('@pemkotpilar', 'Ug3.Own9', 'Sama-sama', BADGE)}</div>`)}</ytd-comment-thread-renderer>`;

  test('watch page: the owner is the account only where the page shows owner controls; the badge and lc=<parent>.<reply> give the own reply', () => {
    mount(WATCH, 'https://www.youtube.com/watch?v=vid1');
    expect(yt.currentAccount()).toBe('pemkotpilar');
    expect(yt.incomingItems(document).map(({ id, author, kind, threadId, relativeTime }) => ({ id, author, kind, threadId, relativeTime }))).toEqual([
      { id: 'Ug1', author: '@siti', kind: 'comment', threadId: 'vid1', relativeTime: '2 jam yang lalu' },
      { id: 'Ug3', author: '@dewi', kind: 'comment', threadId: 'vid1', relativeTime: '2 jam yang lalu' },
    ]);
    expect(yt.ownReplies(document)).toEqual([{ id: 'Ug3.Own9', answers: 'Ug3', relativeTime: '2 jam yang lalu' }]);
    mount(WATCH.replace(/<a href="https:\/\/studio[^<]*<\/a>/, ''), 'https://www.youtube.com/watch?v=vid1');
    expect(yt.currentAccount()).toBeUndefined();
  });

  test('Studio: the channel in the URL; a badged reply answers its thread\'s top comment; ids are stable per video, author and text', () => {
    const thread = (handle: string, video: string, text: string, reply = '') => `
      <ytcp-comment-thread><ytcp-comment id="comment"><a id="author-text" href="https://www.youtube.com/${handle}">${handle}</a>
        <span class="published-time-text">3 jam yang lalu</span><yt-formatted-string id="content-text">${text}</yt-formatted-string>${reply}
        <a href="/video/${video}/comments">Video</a></ytcp-comment></ytcp-comment-thread>`;
    const own = `<ytcp-comment class="st-reply"><a id="author-text" href="https://www.youtube.com/@pemkotpilar">@pemkotpilar</a>
      <ytcp-author-comment-badge></ytcp-author-comment-badge><span class="published-time-text">baru saja</span>
      <yt-formatted-string id="content-text">Sama-sama</yt-formatted-string></ytcp-comment>`;
    mount(`<ytcp-app>${thread('@siti', 'v1', 'Sampah menumpuk')}${thread('@dewi', 'v3', 'Terima kasih', own)}</ytcp-app>`, 'https://studio.youtube.com/channel/UCabc/comments/inbox');
    expect(yt.currentAccount()).toBe('UCabc');
    const items = yt.incomingItems(document);
    expect(items.map(({ author, kind, threadId }) => ({ author, kind, threadId }))).toEqual([
      { author: '@siti', kind: 'comment', threadId: 'v1' },
      { author: '@dewi', kind: 'comment', threadId: 'v3' },
    ]);
    const [reply] = yt.ownReplies(document);
    expect(reply).toMatchObject({ answers: items[1]!.id, relativeTime: 'baru saja' });
    expect(yt.incomingItems(document).map((item) => item.id)).toEqual(items.map((item) => item.id));
  });
});

describe('TikTok', () => {
  const item = (user: string, level: 1 | 2, text: string) => `
    <div data-e2e="comment-item"><a href="/@${user}" data-e2e="comment-avatar-${level}"></a>
      <div><a href="/@${user}" data-e2e="comment-username-${level}">${user}</a>
        <p data-e2e="comment-level-${level}"><span dir="auto">${text}</span></p>
        <div><span data-e2e="comment-time-${level}">2 jam yang lalu</span></div></div></div>`;
  test('account from the profile link; an own second-level comment answers the comment above it', () => {
    mount(`
      <header><a href="/@PemkotPilar" data-e2e="nav-profile" aria-label="Profil"></a></header>
      <div data-e2e="comment-list">
        <div>${item('siti.r', 1, 'Sampah menumpuk')}</div>
        <div>${item('dewi.a', 1, 'Terima kasih')}${item('pemkotpilar', 2, 'Sama-sama')}</div>
      </div>`, 'https://www.tiktok.com/@pemkotpilar/video/744');
    expect(tt.currentAccount()).toBe('pemkotpilar');
    const items = tt.incomingItems(document);
    expect(items.map(({ author, kind, threadId, relativeTime }) => ({ author, kind, threadId, relativeTime }))).toEqual([
      { author: '@siti.r', kind: 'comment', threadId: '744', relativeTime: '2 jam yang lalu' },
      { author: '@dewi.a', kind: 'comment', threadId: '744', relativeTime: '2 jam yang lalu' },
    ]);
    expect(tt.ownReplies(document)).toEqual([{ id: expect.any(String), answers: items[1]!.id, relativeTime: '2 jam yang lalu' }]);
  });
});

describe('Threads', () => {
  const post = (user: string, code: string, text: string, replyingTo?: string) => `
    <div data-pressable-container="true"><a href="/@${user}">${user}</a>
      <a href="/@${user}/post/${code}"><time datetime="2026-12-04T0${code.slice(-1)}:00:00.000Z">2 j</time></a>
      ${replyingTo ? `<div>Membalas <a href="/@${replyingTo}">@${replyingTo}</a></div>` : ''}
      <div dir="auto"><span dir="auto">${text}</span></div></div>`;
  test('account from the navigation; own posts count only when they reply, and answer the post they name', () => {
    mount(`
      <nav aria-label="Navigasi utama"><a href="/" aria-label="Beranda"></a><a href="/@pemkotpilar" aria-label="Profil"></a></nav>
      ${post('pemkotpilar', 'DC0', 'Pengumuman beasiswa')}
      ${post('siti.r', 'DC1', 'Sampah menumpuk', 'pemkotpilar')}
      ${post('dewi.a', 'DC3', '@pemkotpilar terima kasih')}
      ${post('pemkotpilar', 'DC9', 'Sama-sama', 'dewi.a')}`, 'https://www.threads.com/activity');
    expect(th.currentAccount()).toBe('pemkotpilar');
    expect(th.incomingItems(document).map(({ id, kind }) => ({ id, kind }))).toEqual([
      { id: 'DC1', kind: 'reply' },
      { id: 'DC3', kind: 'mention' },
    ]);
    expect(th.ownReplies(document)).toEqual([{ id: 'DC9', answers: 'DC3', time: '2026-12-04T09:00:00.000Z' }]);
  });
});

test('the generic adapter captures nothing and knows no account', () => {
  mount('<form><textarea></textarea></form>', 'https://example.test/');
  expect(generic.incomingItems(document)).toEqual([]);
  expect(generic.ownReplies(document)).toEqual([]);
  expect(generic.currentAccount()).toBeUndefined();
});
