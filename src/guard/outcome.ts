import { browser } from 'wxt/browser';
import type { EditorKind, GuardOutcome, GuardOutcomeKind, Platform } from '../messaging/protocol';

export interface OutcomeFacts {
  platform: Platform;
  editorKind: EditorKind;
  outcome: GuardOutcomeKind;
  rules: string[];
  draftLength: number;
  reason?: string;
  replyTo?: string;
  account?: string;
}

/** Limits of `GuardOutcome` in the protocol: a field past them would cost the whole record. */
const MAX_REPLY_TO = 200;
const MAX_RULES = 100;
const MAX_RULE_ID = 100;
const MAX_REASON = 2000;

/** FNV-1a, as 8 hex digits: keeps two long ids that share a prefix apart. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * An id that fits the record (LinkedIn URNs and YouTube `lc` ids can run past 200 characters): a
 * long one keeps its start and a fingerprint of the whole, so the same reply keeps the same id.
 */
export function recordableReplyTo(id: string): string {
  return id.length <= MAX_REPLY_TO ? id : `${id.slice(0, MAX_REPLY_TO - 10)}~${fingerprint(id)}`;
}

/** Rule ids as the record can hold them: distinct, well formed, at most 100 of them. */
function recordableRules(rules: string[]): string[] {
  return [...new Set(rules)].filter((rule) => /^[a-z0-9.-]+$/.test(rule) && rule.length <= MAX_RULE_ID).slice(0, MAX_RULES);
}

/** The message for one outcome: facts about the draft, never the draft itself. */
export function outcomeMessage(facts: OutcomeFacts, now = Date.now()): GuardOutcome {
  const reason = facts.reason?.trim().slice(0, MAX_REASON);
  return {
    type: 'guard/outcome',
    id: crypto.randomUUID(),
    platform: facts.platform,
    editorKind: facts.editorKind,
    outcome: facts.outcome,
    rules: recordableRules(facts.rules),
    draftLength: Math.min(Math.max(0, Math.floor(facts.draftLength)), 10_000_000),
    ...(reason !== undefined ? { reason } : {}),
    ...(facts.replyTo !== undefined ? { replyTo: recordableReplyTo(facts.replyTo) } : {}),
    ...(facts.account !== undefined ? { account: facts.account.slice(0, 200) } : {}),
    at: now,
  };
}

const ATTEMPTS = 3;
/** Outcomes the background did not acknowledge wait under this prefix, one key each (no shared list to race on). */
export const PENDING_PREFIX = 'pendingOutcome:';

export type Delivery = 'stored' | 'queued' | 'failed';

/**
 * Hands an outcome to the background and waits for its acknowledgement (sent after the write
 * committed). A lost message is resent with the same id, which the store keeps once. One that is
 * still not acknowledged waits in `storage.session` for the background's next start (RS-19).
 */
export async function sendOutcome(message: GuardOutcome, pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))): Promise<Delivery> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    try {
      const reply = (await browser.runtime.sendMessage(message)) as { stored?: boolean } | undefined;
      if (reply?.stored === true) return 'stored';
    } catch {
      // The background may be starting up; try again shortly.
    }
    if (attempt < ATTEMPTS - 1) await pause(500 * (attempt + 1));
  }
  try {
    await browser.storage.session.set({ [`${PENDING_PREFIX}${message.id}`]: message });
    return 'queued';
  } catch {
    return 'failed';
  }
}
