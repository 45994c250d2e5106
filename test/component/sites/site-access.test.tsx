import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Summary } from '../../../src/ui/popup/Summary';

afterEach(cleanup);
beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ rejected: 'malformed' } as never);
});

function activeTab(url: string) {
  return vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7, url, index: 0, active: true }] as never);
}

describe('turning Pilar on for the current site from the popup', () => {
  test('offers to turn Pilar on for an ordinary https site and asks for that origin only', async () => {
    activeTab('https://ppid.bandung.go.id/berita/tulis');
    fakeBrowser.permissions.contains = vi.fn(async () => false);
    const request = vi.fn(async () => true);
    fakeBrowser.permissions.request = request;
    render(<Summary />);

    const button = await screen.findByRole('button', { name: 'Aktifkan Pilar di situs ini' });
    expect(screen.getByRole('heading', { name: 'ppid.bandung.go.id' })).toBeTruthy();
    fireEvent.click(button);
    expect(request).toHaveBeenCalledWith({ origins: ['https://ppid.bandung.go.id/*'] });
    expect(await screen.findByRole('button', { name: 'Matikan Pilar di situs ini' })).toBeTruthy();
  });

  test('a site already on can be turned off, which gives the permission back', async () => {
    activeTab('https://ppid.bandung.go.id/');
    fakeBrowser.permissions.contains = vi.fn(async () => true);
    const remove = vi.fn(async () => true);
    fakeBrowser.permissions.remove = remove;
    render(<Summary />);

    fireEvent.click(await screen.findByRole('button', { name: 'Matikan Pilar di situs ini' }));
    expect(remove).toHaveBeenCalledWith({ origins: ['https://ppid.bandung.go.id/*'] });
    expect(await screen.findByRole('button', { name: 'Aktifkan Pilar di situs ini' })).toBeTruthy();
  });

  test('nothing to turn on over a platform page (Pilar always runs there)', async () => {
    const query = activeTab('https://x.com/home');
    fakeBrowser.permissions.contains = vi.fn(async () => false);
    render(<Summary />);
    await screen.findByText(/Pilar belum aktif di tab mana pun/);
    await vi.waitFor(() => expect(query).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(screen.queryByRole('button', { name: 'Aktifkan Pilar di situs ini' })).toBeNull();
  });
});
