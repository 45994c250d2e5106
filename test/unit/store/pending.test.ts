import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { outcomeMessage, PENDING_PREFIX, recordableReplyTo, sendOutcome } from '../../../src/guard/outcome';
import { GuardOutcome } from '../../../src/messaging/protocol';
import { PilarDb } from '../../../src/store/db';
import { recordOutcome } from '../../../src/store/outcomes';
import { drainPendingOutcomes } from '../../../src/store/pending-outcomes';

let counter = 0;
const freshDb = () => new PilarDb(`pilar-pending-${++counter}`);
const noPause = async () => undefined;

const facts = {
  platform: 'linkedin' as const,
  editorKind: 'comment' as const,
  outcome: 'published-over-block' as const,
  rules: ['classified.nik'],
  draftLength: 120,
  reason: 'Disetujui kepala dinas untuk rilis',
};

beforeEach(() => fakeBrowser.reset());

describe('records that cannot be stored as they come (RS-19, RS-20)', () => {
  test('a LinkedIn URN or YouTube comment id past 200 characters, and 150 rules, still make a valid record', () => {
    const urn = `urn:li:comment:(urn:li:activity:7251234567890123456,${'7'.repeat(250)})`;
    const rules = Array.from({ length: 150 }, (_, i) => `custom.rule-${i}`);
    const message = outcomeMessage({ ...facts, replyTo: urn, rules });
    expect(GuardOutcome.safeParse(message).success).toBe(true);
    expect(message.rules).toHaveLength(100);
    expect(message.replyTo!.startsWith('urn:li:comment:(urn:li:activity:7251234567890123456,')).toBe(true);
    // The same reply keeps the same id; two replies that share a long prefix stay apart.
    expect(recordableReplyTo(urn)).toBe(message.replyTo);
    expect(recordableReplyTo(`${urn}8`)).not.toBe(message.replyTo);
    expect(recordableReplyTo('1983130065320780162')).toBe('1983130065320780162');
  });

  test('an outcome the background never acknowledges waits in storage.session under its id', async () => {
    fakeBrowser.runtime.sendMessage = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    const message = outcomeMessage(facts);
    expect(await sendOutcome(message, noPause)).toBe('queued');
    expect(await fakeBrowser.storage.session.get(`${PENDING_PREFIX}${message.id}`)).toEqual({ [`${PENDING_PREFIX}${message.id}`]: message });
  });

  test('an acknowledged outcome is not queued', async () => {
    fakeBrowser.runtime.sendMessage = async () => ({ stored: true });
    expect(await sendOutcome(outcomeMessage(facts), noPause)).toBe('stored');
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  test('after a restart the queue is stored once, with the same id, and forgotten', async () => {
    fakeBrowser.runtime.sendMessage = async () => undefined;
    const message = outcomeMessage(facts);
    await sendOutcome(message, noPause);
    const db = freshDb();
    expect(await drainPendingOutcomes(db)).toBe(1);
    const { type: _type, ...record } = message;
    expect(await db.outcomes.toArray()).toEqual([record]);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    // A second start finds nothing more to send.
    expect(await drainPendingOutcomes(db)).toBe(0);
    expect(await db.outcomes.count()).toBe(1);
  });

  test('a queued outcome whose first delivery did arrive after all is kept once', async () => {
    const message = outcomeMessage(facts);
    const { type: _type, ...record } = message;
    const db = freshDb();
    await recordOutcome(db, record);
    await fakeBrowser.storage.session.set({ [`${PENDING_PREFIX}${message.id}`]: message });
    await drainPendingOutcomes(db);
    expect(await db.outcomes.toArray()).toEqual([record]);
  });

  test('a forged or damaged queue entry is dropped, not stored', async () => {
    const message = outcomeMessage(facts);
    await fakeBrowser.storage.session.set({
      [`${PENDING_PREFIX}${message.id}`]: { ...message, outcome: 'deleted-everything' },
      [`${PENDING_PREFIX}someone-else`]: message,
      attachedTabs: [],
    });
    const db = freshDb();
    expect(await drainPendingOutcomes(db)).toBe(0);
    expect(await db.outcomes.count()).toBe(0);
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual(['attachedTabs']);
  });

  test('a write that fails leaves the entry for the next start', async () => {
    const message = outcomeMessage(facts);
    await fakeBrowser.storage.session.set({ [`${PENDING_PREFIX}${message.id}`]: message });
    const db = freshDb();
    db.outcomes.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(drainPendingOutcomes(db)).rejects.toThrow();
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual([`${PENDING_PREFIX}${message.id}`]);
  });
});
