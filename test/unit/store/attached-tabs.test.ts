import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetTab, listAttachedTabs, recordAttachedTab } from '../../../src/store/attached-tabs';

beforeEach(() => fakeBrowser.reset());

const tab = (tabId: number, at = 1_764_800_000_000) => ({ tabId, platform: 'x' as const, editorKind: 'reply' as const, at });

describe('attached tabs (RS-22)', () => {
  test('two tabs that attach at the same moment are both listed', async () => {
    await Promise.all([recordAttachedTab(tab(1)), recordAttachedTab(tab(2))]);
    expect((await listAttachedTabs()).map((entry) => entry.tabId).sort()).toEqual([1, 2]);
  });

  test('many tabs attaching and closing at once lose nothing and keep nothing stale', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => recordAttachedTab(tab(i))));
    await Promise.all([forgetTab(7), recordAttachedTab(tab(20)), forgetTab(11), recordAttachedTab(tab(21))]);
    const listed = (await listAttachedTabs()).map((entry) => entry.tabId).sort((x, y) => x - y);
    expect(listed).toEqual(Array.from({ length: 22 }, (_, i) => i).filter((id) => id !== 7 && id !== 11));
  });

  test('a tab attaching again replaces its own entry only', async () => {
    await recordAttachedTab(tab(1));
    await recordAttachedTab({ ...tab(1, 1_764_800_009_000), editorKind: 'post' });
    expect(await listAttachedTabs()).toEqual([{ ...tab(1, 1_764_800_009_000), editorKind: 'post' }]);
  });
});
