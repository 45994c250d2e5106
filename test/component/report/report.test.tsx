import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { demoExport } from '../../../scripts/demo-seed';
import { toExport } from '../../../src/tracker/exchange/export';
import { reportOfExport } from '../../../src/tracker/exchange/figures';
import { mergeExports } from '../../../src/tracker/exchange/merge';
import type { ReportExport } from '../../../src/tracker/exchange/schema';
import { EMPTY_ROWS } from '../../../src/tracker/report/rows';
import { Summary } from '../../../src/ui/popup/Summary';
import { DistributionChart, HeatmapChart, TrendChart } from '../../../src/ui/report/Charts';
import { ReportPage } from '../../../src/ui/report/ReportPage';
import { Audit, FiveMeasures } from '../../../src/ui/report/Sections';
import { Tiles } from '../../../src/ui/report/Tiles';
import { NOW, rowsOf, thread } from '../../unit/tracker/report/rows';

afterEach(cleanup);
beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  fakeBrowser.i18n.getUILanguage = () => 'id';
});

const META = { appVersion: '0.1.0', exportedBy: 'sari', exportedAt: NOW, period: { kind: '7d' as const, start: NOW - 7 * 86_400_000, end: NOW }, timeZone: 'Asia/Jakarta', clock: 'wall' as const, targetMs: 3_600_000, configHash: 'abc' };
const EMPTY = toExport(EMPTY_ROWS, META);
const ONE = toExport(rowsOf([thread(90, 30, { snippet: 'Jalan berlubang di depan SDN 3' })]), META);
const DEMO_NOW = Date.UTC(2026, 11, 4, 8, 0);
const DEMO = demoExport({ now: DEMO_NOW });
const LARGE = demoExport({ now: DEMO_NOW, days: 30, perDay: 400, seed: 7 });

function answer(view: ReportExport) {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { type: string }) => {
    if (message.type === 'report/get') return mergeExports([view]);
    if (message.type === 'status/get') return { version: '0.1.0', attached: [] };
    if (message.type === 'outcomes/summary') return { counts: {}, overrides: [] };
    return undefined;
  }) as never);
}

const drill = vi.fn();
// Rendering whole reports in jsdom on a shared 2-core machine takes seconds.
const SLOW = { timeout: 120_000 };

describe('tiles and charts', SLOW, () => {
  test.each([
    ['empty', EMPTY],
    ['one item', ONE],
    ['30 days of a busy account', LARGE],
  ])('%s: every tile and chart renders, with a table behind each chart', (_name, file) => {
    const report = reportOfExport(file, '30d');
    const { container } = render(
      <>
        <Tiles report={report} onDrill={drill} />
        <TrendChart days={report.trend} timeZone={report.timeZone} onDrill={drill} />
        <HeatmapChart cells={report.heatmap} onDrill={drill} />
        <DistributionChart buckets={report.distribution} onDrill={drill} />
        <FiveMeasures measures={report.measures} onDrill={drill} />
        <Audit audit={report.audit} timeZone={report.timeZone} />
      </>,
    );
    for (const svg of container.querySelectorAll('svg[role="img"]')) {
      const table = svg.getAttribute('aria-describedby');
      expect(table && container.querySelector(`#${table}`)).toBeTruthy();
    }
    expect(screen.getAllByRole('row').length).toBeGreaterThan(30);
    expect(screen.getByText(/analitik web instansi/)).toBeTruthy();
  });

  test('empty: figures are dashes, not zeros that read as a perfect record', () => {
    render(<Tiles report={reportOfExport(EMPTY, '7d')} onDrill={drill} />);
    const tiles = screen.getAllByRole('listitem');
    expect(within(tiles[1]!).getByRole('button').textContent).toBe('—');
    expect(within(tiles[3]!).getByRole('button').textContent).toBe('—');
    expect(screen.getByText('tidak ada yang menunggu')).toBeTruthy();
  });

  test('one item: its median, and a click on a figure lists the item behind it', () => {
    render(<Tiles report={reportOfExport(ONE, '7d')} onDrill={drill} />);
    const median = screen.getByRole('button', { name: /Median tanggapan pertama: 30 mnt/ });
    fireEvent.click(median);
    expect(drill).toHaveBeenCalledWith('Median tanggapan pertama', [ONE.rows.episodes[0]!.id]);
    expect(screen.getByText(/data masih sedikit/)).toBeTruthy();
  });
});

describe('report page and popup', SLOW, () => {
  test('the report page shows the demo figures, the overrides with their reasons and the rekap', async () => {
    answer(DEMO);
    render(<ReportPage />);
    const expected = reportOfExport(mergeExports([DEMO]).merged, '30d');
    expect(await screen.findByRole('heading', { name: 'Laporan Pilar' })).toBeTruthy();
    const incoming = screen.getByRole('button', { name: new RegExp(`^Masuk: ${expected.current.volume.incoming}`) });
    expect(incoming).toBeTruthy();
    expect(screen.getByText(`Terbit meski diblokir: ${expected.audit.overrides.length}`)).toBeTruthy();
    expect(screen.getAllByText(expected.audit.overrides[0]!.reason).length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { name: 'Rekap masukan masyarakat' })).toBeTruthy();
    fireEvent.click(incoming);
    expect(await screen.findByRole('heading', { name: new RegExp(`Masuk: ${expected.current.volume.episodes} percakapan`) })).toBeTruthy();
  });

  test('the popup: period buttons, the figures, overrides and the link to the full report', async () => {
    answer(DEMO);
    render(<Summary />);
    expect(await screen.findByRole('heading', { name: 'Tanggapan tim' })).toBeTruthy();
    const week = reportOfExport(mergeExports([DEMO]).merged, '7d');
    expect(screen.getByText(new RegExp(`^${week.current.volume.incoming}$`))).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Hari ini' }));
    expect(screen.getByRole('button', { name: 'Hari ini' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('link', { name: 'Buka laporan lengkap' })).toBeTruthy();
  });

  test('the page says so when the background does not answer', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ rejected: 'malformed' } as never);
    render(<ReportPage />);
    expect(await screen.findByRole('alert')).toBeTruthy();
  });
});
