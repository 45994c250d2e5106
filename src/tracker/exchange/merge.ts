import type { EpisodeRow, IncomingRow, MarkRow, ReplyRow } from '../model';
import type { CoverageRow, GuardRow, PostStatsRow, ReportRows } from '../report/rows';
import { episodesOf, threadKey } from '../episodes';
import { canonicalJson } from './export';
import type { ReportExport } from './schema';

/** Two observers reported different values for the same record; the merge kept `kept`. */
export interface Conflict {
  table: 'meta' | 'incoming' | 'replies';
  key: string;
  field: string;
  kept: string;
  values: { observedBy: string; value: string }[];
}

export interface TeamView {
  merged: ReportExport;
  conflicts: Conflict[];
}

/** Total order on rows, so ties are broken the same whatever order the files came in. */
function compareRows(a: unknown, b: unknown): number {
  const x = canonicalJson(a);
  const y = canonicalJson(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function byKey<T>(rows: T[], keyOf: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = map.get(key);
    if (group) group.push(row);
    else map.set(key, [row]);
  }
  return map;
}

function earliest<T>(rows: T[], timeOf: (row: T) => number): T {
  return rows.reduce((best, row) => {
    const d = timeOf(row) - timeOf(best);
    return d < 0 || (d === 0 && compareRows(row, best) < 0) ? row : best;
  });
}

function sortedKeys<T>(map: Map<string, T>): string[] {
  return [...map.keys()].sort();
}

class Conflicts {
  list: Conflict[] = [];
  /** Records a conflict when the observers disagree on a field. */
  check<T extends { observedBy: string }>(table: Conflict['table'], key: string, field: string, rows: T[], valueOf: (row: T) => string | undefined, kept: string | undefined) {
    const values = new Map<string, Set<string>>();
    for (const row of rows) {
      const value = valueOf(row);
      if (value === undefined) continue;
      let who = values.get(value);
      if (!who) values.set(value, (who = new Set()));
      who.add(row.observedBy);
    }
    if (values.size < 2) return;
    const flat = [...values].flatMap(([value, who]) => [...who].map((observedBy) => ({ observedBy, value })));
    flat.sort((a, b) => a.value.localeCompare(b.value) || a.observedBy.localeCompare(b.observedBy));
    this.list.push({ table, key, field, kept: kept ?? '', values: flat });
  }
}

function arrivalText(item: IncomingRow): string | undefined {
  return item.arrival.precision === 'exact' ? String(item.arrival.at) : undefined;
}

function mergeIncoming(group: IncomingRow[], conflicts: Conflicts): IncomingRow {
  const first = earliest(group, (item) => item.firstSeenAt);
  // The platform's exact time beats a range read from "2 j"; two exact times disagreeing is a conflict.
  const exact = group.filter((item) => item.arrival.precision === 'exact');
  const arrival = exact.length > 0 ? earliest(exact, (item) => (item.arrival as { at: number }).at).arrival : first.arrival;
  // An admin's correction of the category is never overwritten by the rules of another browser.
  const corrected = group.filter((item) => item.categorySource === 'admin');
  const categorised = corrected.length > 0 ? earliest(corrected, (item) => item.firstSeenAt) : first;
  const merged: IncomingRow = {
    ...first,
    arrival,
    category: categorised.category,
    categoryEvidence: categorised.categoryEvidence,
    categorySource: categorised.categorySource,
  };
  conflicts.check('incoming', first.key, 'snippet', group, (item) => item.snippet, merged.snippet);
  conflicts.check('incoming', first.key, 'author', group, (item) => item.author, merged.author);
  conflicts.check('incoming', first.key, 'arrival', group, arrivalText, arrivalText(merged));
  conflicts.check('incoming', first.key, 'category', corrected, (item) => item.category, merged.category);
  return merged;
}

function mergeReply(group: ReplyRow[], conflicts: Conflicts): ReplyRow {
  const first = earliest(group, (reply) => reply.sentAt);
  const platformTimes = group.map((reply) => reply.platformAt).filter((at): at is number => at !== undefined);
  conflicts.check('replies', first.id, 'itemKey', group, (reply) => reply.itemKey, first.itemKey);
  const { platformAt: _ignored, ...rest } = first;
  return platformTimes.length > 0 ? { ...rest, platformAt: Math.min(...platformTimes) } : rest;
}

/** Episodes are derived, never merged: recomputed per thread from the merged items, replies and marks. */
function episodesOfRows(incoming: IncomingRow[], replies: ReplyRow[], marks: MarkRow[]): EpisodeRow[] {
  const threads = byKey(incoming, (item) => threadKey(item));
  const repliesOf = byKey(replies, (reply) => reply.itemKey);
  const marksOf = byKey(marks, (mark) => mark.itemKey);
  return sortedKeys(threads).flatMap((key) => {
    const items = threads.get(key)!;
    return episodesOf(
      items,
      items.flatMap((item) => repliesOf.get(item.key) ?? []),
      items.flatMap((item) => marksOf.get(item.key) ?? []),
    );
  });
}

function uniqueBy<T>(rows: T[], keyOf: (row: T) => string, pick: (group: T[]) => T): T[] {
  const groups = byKey(rows, keyOf);
  return sortedKeys(groups).map((key) => pick(groups.get(key)!));
}

/** The value most exports agree on (ties: the smallest), with a conflict when they differ. */
function metaValue(exports: readonly ReportExport[], field: 'timeZone' | 'clock' | 'targetMs' | 'configHash', conflicts: Conflicts): string {
  const rows = exports.map((e) => ({ observedBy: e.exportedBy.join('+'), value: String(e[field]) }));
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.value, (counts.get(row.value) ?? 0) + 1);
  const kept = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  conflicts.check('meta', '', field, rows, (row) => row.value, kept);
  return kept;
}

/**
 * Merges several admins' exports into one team view. Records are deduplicated by their ids (items
 * by `platform|account|itemId`), the earliest observation wins, every observer of an item is kept,
 * disagreements are listed as conflicts, and the episodes are derived again from the merged rows
 * (an episode one admin saw answered is answered). The result does not depend on the order of the files,
 * merging a file twice changes nothing, and the merged view is itself an export (it can be merged
 * again).
 */
export function mergeExports(exports: readonly ReportExport[]): TeamView {
  if (exports.length === 0) throw new Error('nothing to merge');
  const conflicts = new Conflicts();
  const all = <K extends keyof ReportRows>(table: K): ReportRows[K] => exports.flatMap((e) => e.rows[table] as unknown[]) as ReportRows[K];

  const observations = new Map<string, Set<string>>();
  for (const e of exports) {
    for (const item of e.rows.incoming) {
      let who = observations.get(item.key);
      if (!who) observations.set(item.key, (who = new Set()));
      for (const observer of e.observations?.[item.key] ?? [item.observedBy]) who.add(observer);
    }
  }
  const incoming = uniqueBy(all('incoming'), (item) => item.key, (group) => mergeIncoming(group, conflicts));
  const replies = uniqueBy(all('replies'), (reply) => reply.id, (group) => mergeReply(group, conflicts));
  const marks = uniqueBy(all('marks'), (mark) => mark.id, (group) => earliest<MarkRow>(group, (mark) => mark.at));
  const rows: ReportRows = {
    incoming,
    replies,
    marks,
    episodes: episodesOfRows(incoming, replies, marks),
    outcomes: uniqueBy(all('outcomes'), (outcome) => outcome.id, (group) => earliest<GuardRow>(group, (outcome) => outcome.at)),
    coverage: uniqueBy(all('coverage'), (row) => `${row.platform}:${row.account}:${row.hourStart}:${row.observedBy}`, (group) => group[0]! as CoverageRow),
    postStats: uniqueBy(all('postStats'), (row) => `${row.platform}:${row.account}:${row.postId}:${row.seenAt}`, (group) => group.reduce((a, b) => (compareRows(a, b) <= 0 ? a : b)) as PostStatsRow),
  };

  const newest = exports.reduce((a, b) => (b.exportedAt > a.exportedAt || (b.exportedAt === a.exportedAt && b.appVersion > a.appVersion) ? b : a));
  const widest = exports.reduce((a, b) => (b.period.end - b.period.start > a.period.end - a.period.start || (b.period.end - b.period.start === a.period.end - a.period.start && b.period.kind < a.period.kind) ? b : a));
  const merged: ReportExport = {
    format: newest.format,
    schemaVersion: newest.schemaVersion,
    appVersion: newest.appVersion,
    exportedBy: [...new Set(exports.flatMap((e) => e.exportedBy))].sort(),
    exportedAt: newest.exportedAt,
    period: { kind: widest.period.kind, start: Math.min(...exports.map((e) => e.period.start)), end: Math.max(...exports.map((e) => e.period.end)) },
    timeZone: metaValue(exports, 'timeZone', conflicts),
    clock: metaValue(exports, 'clock', conflicts) as ReportExport['clock'],
    targetMs: Number(metaValue(exports, 'targetMs', conflicts)),
    configHash: metaValue(exports, 'configHash', conflicts),
    rows,
    observations: Object.fromEntries(sortedKeys(observations).map((key) => [key, [...observations.get(key)!].sort()])),
  };
  const order = (c: Conflict) => `${c.table}\u0000${c.key}\u0000${c.field}`;
  return { merged, conflicts: conflicts.list.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0)) };
}
