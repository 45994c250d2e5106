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

/** The message for one outcome: facts about the draft, never the draft itself. */
export function outcomeMessage(facts: OutcomeFacts, now = Date.now()): GuardOutcome {
  return {
    type: 'guard/outcome',
    id: crypto.randomUUID(),
    platform: facts.platform,
    editorKind: facts.editorKind,
    outcome: facts.outcome,
    rules: facts.rules,
    draftLength: facts.draftLength,
    ...(facts.reason !== undefined ? { reason: facts.reason.trim() } : {}),
    ...(facts.replyTo !== undefined ? { replyTo: facts.replyTo } : {}),
    ...(facts.account !== undefined ? { account: facts.account.slice(0, 200) } : {}),
    at: now,
  };
}

const ATTEMPTS = 3;

/**
 * Hands an outcome to the background and waits for its acknowledgement (sent after the write
 * committed). A lost message is resent with the same id, which the store keeps once.
 */
export async function sendOutcome(message: GuardOutcome): Promise<boolean> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    try {
      const reply = (await browser.runtime.sendMessage(message)) as { stored?: boolean } | undefined;
      if (reply?.stored === true) return true;
    } catch {
      // The background may be starting up; try again shortly.
    }
    await new Promise((resolve) => setTimeout(resolve, 500 * (attempt + 1)));
  }
  return false;
}
