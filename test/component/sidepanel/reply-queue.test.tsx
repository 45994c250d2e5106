import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Message, QueueViewReply } from '../../../src/messaging/protocol';
import { ReplyQueue } from '../../../src/ui/sidepanel/ReplyQueue';
import { entry, view } from './queue-view';

const MINUTE = 60_000;

/** The background as the side panel sees it: answers each message type from the test's state. */
function background(initial: QueueViewReply) {
  const state = { view: initial };
  const sent: Message[] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: Message) => {
    sent.push(message);
    if (message.type === 'queue/view') {
      const entries = state.view.entries.slice(0, message.limit);
      return { ...state.view, entries };
    }
    if (message.type === 'queue/day') return { date: message.date, entries: state.view.entries };
    return { stored: true };
  }) as never);
  return { state, sent };
}

afterEach(cleanup);
beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('the side panel', () => {
  test('with nothing captured yet, it explains how capture works', async () => {
    background(view());
    render(<ReplyQueue />);
    expect(await screen.findByText(/Buka halaman notifikasi akun Anda/)).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });

  test('one item: its author, its time left in words and colour, opening it in the current tab, marking it', async () => {
    const { sent } = background(view({ entries: [entry(1)] }));
    const update = vi.spyOn(fakeBrowser.tabs, 'update').mockResolvedValue({} as never);
    const user = userEvent.setup();
    render(<ReplyQueue />);
    const link = await screen.findByRole('link', { name: 'warga_1' });
    const item = link.closest('li')!;
    expect(within(item).getByText('sisa 25 menit')).toBeTruthy();
    expect(item.className).toContain('ok');
    expect(within(item).getByText(/masuk \d\d\.\d\d WIB/)).toBeTruthy();

    await user.click(link);
    expect(update).toHaveBeenCalledWith({ url: 'https://x.com/warga_1/status/1' });

    await user.click(within(item).getByRole('button', { name: 'Tidak perlu balasan' }));
    expect(sent).toContainEqual({ type: 'queue/mark', itemKey: 'x|pemkotbandung|1', kind: 'no-reply-needed' });

    await user.selectOptions(within(item).getByRole('combobox', { name: /Kategori/ }), 'pertanyaan');
    expect(sent).toContainEqual({ type: 'queue/category', itemKey: 'x|pemkotbandung|1', category: 'pertanyaan' });
  });

  test('an overdue item says by how much, and the figures say when there is too little data', async () => {
    background(view({ entries: [entry(2, -2 * 60 * MINUTE - MINUTE)], figures: { waiting: 1, overdue: 1, episodes: 1, insufficient: true, median: { working: { ms: 3 * 60 * MINUTE, atLeast: true }, wall: { ms: 3 * 60 * MINUTE, atLeast: true } }, withinTargetShare: 0 } }));
    render(<ReplyQueue />);
    const link = await screen.findByRole('link', { name: 'warga_2' });
    expect(within(link.closest('li')!).getByText('lewat 2 jam 1 menit kerja')).toBeTruthy();
    expect(link.closest('li')!.className).toContain('overdue');
    expect(screen.getAllByText('data belum cukup')).toHaveLength(2);
  });

  test('with ten or more episodes the figures show the median, a lower bound with ≥, and the share within target', async () => {
    const entries = Array.from({ length: 12 }, (_, i) => entry(i));
    background(view({ entries, figures: { waiting: 12, overdue: 3, episodes: 40, insufficient: false, median: { working: { ms: 40 * MINUTE, atLeast: false }, wall: { ms: 90 * MINUTE, atLeast: true } }, withinTargetShare: 0.725 } }));
    render(<ReplyQueue />);
    expect(await screen.findByText('40 menit kerja (jam dinding ≥ 1 jam)')).toBeTruthy();
    expect(screen.getByText('73%')).toBeTruthy();
  });

  test('many items: the first fifty render, the rest are one keyboard press away', async () => {
    const entries = Array.from({ length: 120 }, (_, i) => entry(i, (i + 1) * MINUTE * 30));
    const { sent } = background(view({ entries }));
    const user = userEvent.setup();
    const { container } = render(<ReplyQueue />);
    await screen.findByText('warga_0');
    // Role queries over hundreds of controls are slow in jsdom; the list's own items are counted directly.
    expect(container.querySelectorAll('li.item')).toHaveLength(50);
    const more = screen.getByRole('button', { name: 'Tampilkan lebih banyak (70 lagi)' });
    more.focus();
    await user.keyboard('{Enter}');
    await screen.findByText('warga_99');
    expect(container.querySelectorAll('li.item')).toHaveLength(100);
    expect(sent.filter((message) => message.type === 'queue/view').at(-1)).toMatchObject({ limit: 100 });
    // A hundred items with their controls take seconds to lay out in jsdom on a busy machine.
  }, 30_000);

  test('items under "akun belum dikenal" ask once which account it is', async () => {
    const { sent } = background(view({ entries: [entry(3, undefined, { account: '', itemKey: 'x||3', episodeId: 'x||3#1' })], unknownAccount: ['x'] }));
    const user = userEvent.setup();
    render(<ReplyQueue />);
    expect(await screen.findByText(/akun belum dikenal/, { selector: '.meta' })).toBeTruthy();
    await user.type(screen.getByRole('textbox', { name: /Akun mana yang Anda kelola di X/ }), '@PemkotBandung{Enter}');
    expect(sent).toContainEqual({ type: 'queue/account', platform: 'x', account: 'PemkotBandung' });
  });

  test('a record the background could not store is shown as an alert', async () => {
    background(view({ entries: [entry(4)], writeError: { name: 'QuotaExceededError', at: Date.now() } }));
    render(<ReplyQueue />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/QuotaExceededError.*penuh/);
  });

  test('it updates when the background announces a write', async () => {
    const { state } = background(view({ entries: [entry(5)] }));
    render(<ReplyQueue />);
    await screen.findByRole('link', { name: 'warga_5' });
    state.view = view({ entries: [entry(5), entry(6)] });
    await fakeBrowser.runtime.onMessage.trigger({ type: 'queue/changed' }, {}, () => undefined);
    expect(await screen.findByRole('link', { name: 'warga_6' })).toBeTruthy();
  });

  test('filters ask the background for that platform, account, category and state', async () => {
    const { sent } = background(view({ entries: [entry(7)] }));
    const user = userEvent.setup();
    render(<ReplyQueue />);
    await screen.findByRole('link', { name: 'warga_7' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'answered');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Akun' }), '@pemkotbandung');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kategori' }), 'aduan');
    expect(sent.filter((message) => message.type === 'queue/view').at(-1)).toMatchObject({ filter: { state: 'answered', account: 'pemkotbandung', category: 'aduan' } });
  });
});
