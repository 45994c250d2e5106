import { wallClock, type Clock } from '../report/clock';
import type { PeriodKind } from '../report/period';
import { buildReport, type Report, type ReportOptions } from '../report/report';
import type { ReportExport } from './schema';

/**
 * The options a report over an export is computed with: as of the export (for a merged team view,
 * the newest file), in its zone, target and clock. The CLI and the report page both call this, so
 * a merged folder gives the same figures in both.
 */
export function exportOptions(source: ReportExport, period: PeriodKind = source.period.kind, working?: Clock): ReportOptions {
  return {
    period,
    now: source.exportedAt,
    timeZone: source.timeZone,
    targetMs: source.targetMs,
    clocks: { wall: wallClock, ...(working ? { working } : {}), target: source.clock },
  };
}

export function reportOfExport(source: ReportExport, period?: PeriodKind, working?: Clock): Report {
  return buildReport(source.rows, exportOptions(source, period, working));
}
