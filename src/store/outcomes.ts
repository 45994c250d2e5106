import { GuardOutcomeKind, type OutcomesSummary } from '../messaging/protocol';
import type { OutcomeRecord, PilarDb } from './db';

const RECENT_OVERRIDES = 10;

/**
 * Stores one guard outcome in its own transaction; resolves once it has committed. The id is the
 * client's, so a message delivered twice leaves one row, the first.
 */
export async function recordOutcome(db: PilarDb, record: OutcomeRecord): Promise<void> {
  await db.transaction('rw', db.outcomes, async () => {
    if ((await db.outcomes.get(record.id)) === undefined) await db.outcomes.add(record);
  });
}

/** Counts per outcome, derived from the raw records, and the latest publications over a block. */
export async function summarizeOutcomes(db: PilarDb): Promise<OutcomesSummary> {
  return db.transaction('r', db.outcomes, async () => {
    const counts = Object.fromEntries(GuardOutcomeKind.options.map((kind) => [kind, 0])) as OutcomesSummary['counts'];
    for (const kind of GuardOutcomeKind.options) counts[kind] = await db.outcomes.where('outcome').equals(kind).count();
    const overrides = await db.outcomes
      .where('outcome')
      .equals('published-over-block')
      .reverse()
      .sortBy('at')
      .then((rows) => rows.slice(0, RECENT_OVERRIDES));
    return {
      counts,
      overrides: overrides.map(({ at, platform, editorKind, rules, reason }) => ({ at, platform, editorKind, rules, reason: reason ?? '' })),
    };
  });
}
