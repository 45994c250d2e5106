import type { Editor, SiteAdapter } from './adapter';

/**
 * X (x.com, twitter.com). The composer is a Draft.js `contenteditable` marked
 * `data-testid="tweetTextarea_N"`; inside a reply dialog or under a status it answers a post.
 */
export const xAdapter: SiteAdapter = {
  platform: 'x',
  findEditors(root) {
    const editors: Editor[] = [];
    for (const element of root.querySelectorAll<HTMLElement>('[data-testid^="tweetTextarea_"][contenteditable="true"]')) {
      const inDialog = element.closest('[role="dialog"]') !== null;
      const onStatusPage = /\/status\/\d+/.test(location.pathname);
      const replying = element.closest('[data-testid="inline_reply_offscreen"]') !== null || (onStatusPage && !inDialog);
      editors.push({ element, kind: replying ? 'reply' : 'post' });
    }
    return editors;
  },
};
