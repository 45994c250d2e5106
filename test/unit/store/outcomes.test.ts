import 'fake-indexeddb/auto';
import { describe, expect, test } from 'vitest';
import { PilarDb, type OutcomeRecord } from '../../../src/store/db';
import { recordOutcome, summarizeOutcomes } from '../../../src/store/outcomes';
import { observeTransactions } from '../helpers/transactions';

let counter = 0;
const freshDb = () => new PilarDb(`pilar-test-${++counter}`);

const outcome = (over: Partial<OutcomeRecord> = {}): OutcomeRecord => ({
  id: crypto.randomUUID(),
  platform: 'x',
  editorKind: 'post',
  outcome: 'published-clean',
  rules: [],
  draftLength: 42,
  at: 1_700_000_000_000,
  ...over,
});

describe('guard outcome store', () => {
  test('a recorded outcome can be read back', async () => {
    const db = freshDb();
    const record = outcome({ outcome: 'published-over-block', rules: ['classified.nik'], reason: 'Data sudah dipublikasikan resmi', replyTo: '1983130065320780162' });
    await recordOutcome(db, record);
    expect(await db.outcomes.toArray()).toEqual([record]);
  });

  test('the same message delivered twice leaves one row, the first', async () => {
    const db = freshDb();
    const first = outcome({ outcome: 'held', rules: ['classified.nik'] });
    await recordOutcome(db, first);
    await recordOutcome(db, { ...first, outcome: 'cancelled' });
    await Promise.all([recordOutcome(db, first), recordOutcome(db, first)]);
    expect(await db.outcomes.toArray()).toEqual([first]);
  });

  test('first write wins: a later message with the same id never replaces the stored record', async () => {
    const db = freshDb();
    const first = outcome({ outcome: 'published-over-block', rules: ['classified.nik'], reason: 'Disetujui kepala dinas' });
    await recordOutcome(db, first);
    await recordOutcome(db, { ...first, outcome: 'published-clean', rules: [], reason: undefined });
    expect(await db.outcomes.get(first.id)).toEqual(first);
  });

  test('each write is its own strict-durability read-write transaction', async () => {
    const db = freshDb();
    const opened = observeTransactions(db);
    await recordOutcome(db, outcome());
    expect(opened.map((transaction) => [transaction.mode, transaction.durability])).toEqual([['readwrite', 'strict']]);
  });

  test('the summary counts each outcome and lists publications over a block, newest first', async () => {
    const db = freshDb();
    await recordOutcome(db, outcome({ outcome: 'published-clean' }));
    await recordOutcome(db, outcome({ outcome: 'published-clean' }));
    await recordOutcome(db, outcome({ outcome: 'held', rules: ['classified.nik'] }));
    await recordOutcome(db, outcome({ outcome: 'published-over-block', rules: ['classified.nik'], reason: 'alasan pertama yang cukup', at: 1 }));
    await recordOutcome(db, outcome({ outcome: 'published-over-block', rules: ['classified.npwp'], reason: 'alasan kedua yang cukup', at: 2, platform: 'facebook', editorKind: 'comment' }));
    const summary = await summarizeOutcomes(db);
    expect(summary.counts).toEqual({
      held: 1,
      'published-clean': 2,
      'published-warnings': 0,
      'published-over-block': 2,
      cancelled: 0,
      unchecked: 0,
    });
    expect(summary.overrides.map((entry) => entry.reason)).toEqual(['alasan kedua yang cukup', 'alasan pertama yang cukup']);
    expect(summary.overrides[0]).toMatchObject({ platform: 'facebook', editorKind: 'comment', rules: ['classified.npwp'] });
  });

  test('an outcome survives closing and reopening the database', async () => {
    const name = `pilar-test-${++counter}`;
    const record = outcome({ outcome: 'cancelled', rules: ['classified.nik'] });
    const db = new PilarDb(name);
    await recordOutcome(db, record);
    db.close();
    expect(await new PilarDb(name).outcomes.get(record.id)).toEqual(record);
  });
});
