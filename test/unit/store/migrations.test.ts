import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { describe, expect, test } from 'vitest';
import { PilarDb, type OutcomeRecord } from '../../../src/store/db';
import { defaultResponses } from '../../../src/config/responses';
import { episodesInState } from '../../../src/store/queue';

let counter = 0;
const outcome: OutcomeRecord = {
  id: '6f1c2a8e-3b7d-4c11-9a2e-5d0b7e4f1a23',
  platform: 'x',
  editorKind: 'reply',
  outcome: 'published-over-block',
  rules: ['classified.nik'],
  reason: 'Data sudah dipublikasikan resmi',
  draftLength: 80,
  replyTo: '1983130065320780162',
  at: 1_700_000_000_000,
};

describe('schema migrations', () => {
  test('a version 1 database (guard outcomes only) opens as the current version with its outcomes readable', async () => {
    const name = `pilar-migrate-${++counter}`;
    // Exactly what version 1 of Pilar created.
    const v1 = new Dexie(name);
    v1.version(1).stores({ outcomes: 'id, at, outcome' });
    await v1.table('outcomes').add(outcome);
    v1.close();

    const db = new PilarDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.outcomes.get(outcome.id)).toEqual(outcome);
    expect(await db.outcomes.where('outcome').equals('published-over-block').count()).toBe(1);
    // The new tables exist and are empty; the queue reads work on them.
    expect(await db.incoming.count()).toBe(0);
    expect(await episodesInState(db, defaultResponses(), Date.now(), { state: 'open' }, 10)).toEqual({ entries: [], total: 0 });
  });

  test('a fresh install creates every table at the current version', async () => {
    const db = new PilarDb(`pilar-migrate-${++counter}`);
    await db.open();
    expect(db.verno).toBe(3);
    expect(db.tables.map((table) => table.name).sort()).toEqual(['coverage', 'episodes', 'imports', 'incoming', 'marks', 'outcomes', 'replies', 'settings']);
  });

  test('a version 2 database keeps its queue rows and gains the table of imported team files', async () => {
    const name = `pilar-migrate-${++counter}`;
    const v2 = new Dexie(name);
    v2.version(1).stores({ outcomes: 'id, at, outcome' });
    v2.version(2).stores({ incoming: 'key, thread, [platform+account], firstSeenAt', replies: 'id, itemKey, sentAt', marks: 'id, itemKey, at', episodes: 'id, thread, [state+dueAt], [state+closedAt], openedAt', coverage: 'key, hour', settings: 'key' });
    await v2.table('settings').add({ key: 'observerId', value: 'sari' });
    v2.close();

    const db = new PilarDb(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.settings.get('observerId')).toEqual({ key: 'observerId', value: 'sari' });
    expect(await db.imports.count()).toBe(0);
  });
});
