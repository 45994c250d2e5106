import { z } from 'zod';

/**
 * Every message that crosses a context boundary (content script ⇄ background ⇄ extension pages).
 * The background parses each arrival with `Message`; anything else is dropped and logged.
 */

export const Platform = z.enum([
  'x',
  'facebook',
  'instagram',
  'linkedin',
  'youtube',
  'tiktok',
  'threads',
  'generic',
]);
export type Platform = z.infer<typeof Platform>;

export const EditorKind = z.enum(['post', 'reply', 'comment', 'dm']);
export type EditorKind = z.infer<typeof EditorKind>;

/** Sent by the content script when it attaches to a composer on a platform page. */
export const ComposeAttached = z.strictObject({
  type: z.literal('compose/attached'),
  platform: Platform,
  editorKind: EditorKind,
});

/** Sent by extension pages to learn where Pilar is at work right now. */
export const StatusGet = z.strictObject({
  type: z.literal('status/get'),
});

export const Message = z.discriminatedUnion('type', [ComposeAttached, StatusGet]);
export type Message = z.infer<typeof Message>;
export type MessageType = Message['type'];

/** Who may send a message type: a content script in a platform tab, or an extension page. */
export const MESSAGE_SENDERS: Record<MessageType, 'content' | 'extension-page'> = {
  'compose/attached': 'content',
  'status/get': 'extension-page',
};

export const AttachedTab = z.object({
  tabId: z.number().int(),
  platform: Platform,
  editorKind: EditorKind,
  at: z.number(),
});
export type AttachedTab = z.infer<typeof AttachedTab>;

export const StatusReply = z.object({
  version: z.string(),
  attached: z.array(AttachedTab),
});
export type StatusReply = z.infer<typeof StatusReply>;

export interface Replies {
  'compose/attached': { ok: true };
  'status/get': StatusReply;
}
