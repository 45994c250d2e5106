import type { Platform } from '../../messaging/protocol';
import type { Span } from './period';
import { HOUR_MS, type CoverageRow } from './rows';

export interface AccountCoverage {
  platform: Platform;
  account: string;
  /** Hours of the period in which someone had Pilar open on the account. */
  coveredHours: number;
  periodHours: number;
  share: number;
  observers: string[];
}

/** Hour starts (per account) in which someone was watching; the rest of the period is unknown. */
export function coveredHours(rows: CoverageRow[], span: Span): Map<string, Set<number>> {
  const byAccount = new Map<string, Set<number>>();
  for (const row of rows) {
    if (row.hourStart + HOUR_MS <= span.start || row.hourStart >= span.end) continue;
    const key = accountKey(row.platform, row.account);
    let hours = byAccount.get(key);
    if (!hours) byAccount.set(key, (hours = new Set()));
    hours.add(row.hourStart);
  }
  return byAccount;
}

export function accountKey(platform: Platform, account: string): string {
  return `${platform}:${account}`;
}

/**
 * Coverage per account: figures for the hours nobody watched are unknown, so a low share here
 * means the counts elsewhere are a floor, not that the account was quiet.
 */
export function coverageFigures(rows: CoverageRow[], span: Span): AccountCoverage[] {
  const periodHours = Math.max(1, Math.ceil((span.end - span.start) / HOUR_MS));
  const hours = coveredHours(rows, span);
  const observers = new Map<string, Set<string>>();
  const names = new Map<string, { platform: Platform; account: string }>();
  for (const row of rows) {
    const key = accountKey(row.platform, row.account);
    if (!hours.has(key)) continue;
    names.set(key, { platform: row.platform, account: row.account });
    let who = observers.get(key);
    if (!who) observers.set(key, (who = new Set()));
    who.add(row.observedBy);
  }
  return [...names.entries()]
    .map(([key, name]) => {
      const covered = hours.get(key)!.size;
      return { ...name, coveredHours: covered, periodHours, share: covered / periodHours, observers: [...observers.get(key)!].sort() };
    })
    .sort((a, b) => accountKey(a.platform, a.account).localeCompare(accountKey(b.platform, b.account)));
}
