import { t, type MessageKey } from '../../i18n/t';
import { formatRemaining } from '../../tracker/metrics';
import type { QueueEntry } from '../../messaging/protocol';
import type { EpisodeState } from '../../tracker/model';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A duration in words: minutes under an hour, hours under two days, then days. */
export function duration(ms: number): string {
  const abs = Math.abs(ms);
  if (abs < HOUR) return t('queue_minutes', String(Math.max(1, Math.round(abs / MINUTE))));
  if (abs < 2 * DAY) return t('queue_hours', String(Math.floor(abs / HOUR)));
  return t('queue_days', String(Math.floor(abs / DAY)));
}

export type Urgency = 'overdue' | 'soon' | 'ok';

/** Zendesk's colours: red once past due, amber in the last 15 minutes, green before. */
export function urgency(entry: Pick<QueueEntry, 'remainingMs'>): Urgency {
  if (entry.remainingMs < 0) return 'overdue';
  return entry.remainingMs <= 15 * MINUTE ? 'soon' : 'ok';
}

const uiLanguage = (): 'id' | 'en' => (t('uiLanguage') === 'en' ? 'en' : 'id');

/** "sisa 25 menit" / "lewat 2 jam kerja": the colour is never the only signal. */
export function timeLeft(entry: Pick<QueueEntry, 'remainingMs' | 'clock'>): string {
  return formatRemaining(entry.remainingMs, uiLanguage(), entry.clock);
}

const ZONE_NAMES: Record<string, string> = { 'Asia/Jakarta': 'WIB', 'Asia/Pontianak': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' };

export const zoneName = (zone: string): string => ZONE_NAMES[zone] ?? zone;

const language = () => (document.documentElement.lang || 'id').slice(0, 2);

/** A clock time in the account's zone with its name, e.g. "09.05 WIB", with the date when not today. */
export function clockTime(ms: number, zone: string, now: number): string {
  const sameDay = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(ms) === new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(now);
  const format = new Intl.DateTimeFormat(language(), { timeZone: zone, hour: '2-digit', minute: '2-digit', ...(sameDay ? {} : { day: 'numeric', month: 'short' }) });
  return `${format.format(ms)} ${zoneName(zone)}`;
}

const STATE_KEYS: Record<EpisodeState, MessageKey> = {
  open: 'queue_state_open',
  answered: 'queue_state_answered',
  'no-reply-needed': 'queue_state_noReplyNeeded',
  'answered-elsewhere': 'queue_state_answeredElsewhere',
};
export const stateName = (state: EpisodeState): string => t(STATE_KEYS[state]);
export const categoryName = (category: QueueEntry['category']): string => t(`queue_category_${category}` as MessageKey);
export const platformName = (platform: QueueEntry['platform']): string => t(`platform_${platform}` as MessageKey);
export const kindName = (kind: QueueEntry['kind']): string => t(`queue_kind_${kind}` as MessageKey);
export const accountName = (account: string): string => (account === '' ? t('queue_unknownAccount') : `@${account}`);

/** "dibalas dalam 1 jam (25 menit kerja)", marked when only the submit time is known so far. */
export function responseTime(entry: Pick<QueueEntry, 'wallMs' | 'workingMs' | 'approximate' | 'responseTimeSource'>): string {
  const words = t('queue_answeredIn', [`${entry.approximate ? '≈ ' : ''}${duration(entry.wallMs)}`, duration(entry.workingMs)]);
  return entry.responseTimeSource === 'submit' ? `${words} (${t('queue_submitTime')})` : words;
}
