import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReplyQueue } from '../../src/ui/sidepanel/ReplyQueue';
import { Summary } from '../../src/ui/popup/Summary';
import { view } from './sidepanel/queue-view';

afterEach(cleanup);
beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('extension pages', () => {
  test('the side panel says what to do while the queue is empty', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(view() as never);
    render(<ReplyQueue />);
    expect(screen.getByRole('heading', { name: 'Antrean balasan' })).toBeTruthy();
    expect(await screen.findByText(/Belum ada sebutan atau komentar/)).toBeTruthy();
  });

  test('the popup lists the composers Pilar is attached to', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({
      version: '0.1.0',
      attached: [
        { tabId: 1, platform: 'x', editorKind: 'reply', at: 1 },
        { tabId: 2, platform: 'facebook', editorKind: 'post', at: 2 },
      ],
    } as never);
    render(<Summary />);
    expect(await screen.findByText('Aktif di 2 penyunting')).toBeTruthy();
    expect(screen.getByText('X — balasan')).toBeTruthy();
    expect(screen.getByText('Facebook — unggahan')).toBeTruthy();
  });

  test('the popup shows its empty state when the background does not answer as expected', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ rejected: 'malformed' } as never);
    render(<Summary />);
    expect(await screen.findByText(/Pilar belum aktif di tab mana pun/)).toBeTruthy();
  });
});
