import { browser } from 'wxt/browser';
import type { Quantile } from '../../tracker/response-times';
import { t } from '../../i18n/t';

const locale = () => (browser.i18n.getUILanguage().startsWith('en') ? 'en' : 'id');

/** A duration as an admin reads it: "45 mnt", "3 j 20 mnt", "2 hr 4 j". */
export function duration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return t('reportMinutes', String(minutes));
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return t('reportHoursMinutes', [String(hours), String(minutes % 60)]);
  return t('reportDaysHours', [String(Math.floor(hours / 24)), String(hours % 24)]);
}

/** A median or p90: "≥" when too many still wait; a dash when there is nothing to measure. */
export function quantileText(value: Quantile): string {
  if (!value) return '—';
  return `${value.atLeast ? '≥ ' : ''}${duration(value.ms)}`;
}

export function percent(share: number | undefined): string {
  return share === undefined ? '—' : new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

export function count(value: number | undefined): string {
  return value === undefined ? '—' : new Intl.NumberFormat(locale()).format(value);
}

/** "+12%" / "−8%" against the previous period, or nothing when there is no base. */
export function changeText(change: number | undefined): string {
  if (change === undefined || !Number.isFinite(change)) return '';
  const rounded = Math.round(change * 100);
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : '±'}${Math.abs(rounded)}%`;
}

export function dateTime(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat(locale(), { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(at);
}

export function day(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat(locale(), { timeZone, weekday: 'short', day: 'numeric', month: 'short' }).format(at);
}

export const WEEKDAYS = () => [t('reportMon'), t('reportTue'), t('reportWed'), t('reportThu'), t('reportFri'), t('reportSat'), t('reportSun')];
