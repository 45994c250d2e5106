// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { check } from '../../../src/checks';
import type { Finding, Report } from '../../../src/checks/types';
import { createGuard, type HoldChoice } from '../../../src/guard/intercept';
import type { OutcomeFacts } from '../../../src/guard/outcome';
import type { SiteAdapter } from '../../../src/sites/adapter';

const NIK = '3171014508900003';
const nikFinding = (text: string): Finding => ({
  rule: 'classified.nik',
  category: 'classified',
  severity: 'block',
  start: text.indexOf(NIK),
  end: text.indexOf(NIK) + NIK.length,
  message: { id: 'NIK', en: 'NIK' },
});
// A stand-in engine: the real rules are tested on their own; here only the guard's handling counts.
const fakeCheck = (text: string): Report => ({ ...check(''), findings: text.includes(NIK) ? [nikFinding(text)] : [] });

function page() {
  document.body.replaceChildren();
  const editor = document.createElement('textarea');
  const button = document.createElement('button');
  button.append(document.createElement('span'));
  document.body.append(editor, button);
  const published: string[] = [];
  // The site's own handlers, registered on the document as React does.
  const publish = () => published.push(editor.value);
  document.addEventListener('click', (event) => {
    if (button.contains(event.target as Node)) publish();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && event.ctrlKey) publish();
  });
  const adapter: SiteAdapter = {
    platform: 'x',
    findEditors: () => [{ element: editor, kind: 'reply' }],
    readText: (element) => (element as HTMLTextAreaElement).value,
    rangeFor: () => undefined,
    submitButtons: () => [button],
    isSubmitShortcut: (event) => event.key === 'Enter' && event.ctrlKey,
    repliesTo: () => ({ id: '1983130065320780162', url: 'https://x.com/warga_a/status/1983130065320780162', text: 'Halo', threadId: '1983130065320780162', kind: 'mention' }),
    incomingItems: () => [],
    ownReplies: () => [],
    currentAccount: () => 'pilar_id',
  };
  return { editor, button, published, adapter };
}

const listeners: Array<[string, EventListener]> = [];

function guarded(engine: (text: string) => Report = fakeCheck) {
  const site = page();
  const records: OutcomeFacts[] = [];
  const holds: Array<{ blocking: Finding[]; choice: HoldChoice }> = [];
  const failedOpen = vi.fn();
  const guard = createGuard({
    adapter: site.adapter,
    check: engine,
    record: (facts) => records.push(facts),
    listen: (type, listener) => {
      window.addEventListener(type, listener as EventListener, { capture: true });
      listeners.push([type, listener as EventListener]);
    },
  });
  guard.track({ editor: { element: site.editor, kind: 'reply' }, hold: (blocking, choice) => holds.push({ blocking, choice }), failedOpen });
  return { ...site, records, holds, failedOpen };
}

const ctrlEnter = () => new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', ctrlKey: true, bubbles: true, cancelable: true });

beforeEach(() => listeners.splice(0));
afterEach(() => {
  for (const [type, listener] of listeners) window.removeEventListener(type, listener, { capture: true });
});

describe('the Post guard', () => {
  test('a clean draft goes out on the first click, untouched, and is recorded without its text', () => {
    const { editor, button, published, records, holds } = guarded();
    editor.value = 'Selamat pagi warga, jalan sudah diperbaiki.';
    button.querySelector('span')!.click();
    expect(published).toEqual(['Selamat pagi warga, jalan sudah diperbaiki.']);
    expect(holds).toEqual([]);
    expect(records).toEqual([
      { platform: 'x', editorKind: 'reply', draftLength: 43, replyTo: '1983130065320780162', outcome: 'published-clean', rules: [] },
    ]);
  });

  test('a click with a NIK in the draft is held before the site sees it, and the draft is kept', () => {
    const { editor, button, published, records, holds } = guarded();
    editor.value = `NIK pelapor ${NIK}`;
    const click = new MouseEvent('click', { bubbles: true, cancelable: true });
    button.dispatchEvent(click);
    expect(published).toEqual([]);
    expect(click.defaultPrevented).toBe(true);
    expect(editor.value).toBe(`NIK pelapor ${NIK}`);
    expect(holds).toHaveLength(1);
    expect(holds[0]!.blocking.map((finding) => finding.rule)).toEqual(['classified.nik']);
    expect(records.map((record) => record.outcome)).toEqual(['held']);
  });

  test('Ctrl+Enter right after typing the NIK is checked on the text at that moment', () => {
    const { editor, published, holds } = guarded();
    editor.value = 'NIK pelapor ';
    editor.value += NIK;
    editor.dispatchEvent(ctrlEnter());
    expect(published).toEqual([]);
    expect(holds).toHaveLength(1);
  });

  test('publishing anyway sends the same click through exactly once, recording rules and reason', () => {
    const { editor, button, published, records, holds } = guarded();
    editor.value = `NIK pelapor ${NIK}`;
    button.click();
    holds[0]!.choice.publish('Disetujui kepala dinas untuk rilis resmi');
    expect(published).toEqual([`NIK pelapor ${NIK}`]);
    expect(records.map((record) => record.outcome)).toEqual(['held', 'published-over-block']);
    expect(records[1]).toMatchObject({ rules: ['classified.nik'], reason: 'Disetujui kepala dinas untuk rilis resmi' });
    // The pass is one-shot: the next click is checked again.
    button.click();
    expect(published).toHaveLength(1);
    expect(holds).toHaveLength(2);
  });

  test('publishing anyway after Ctrl+Enter re-sends the key once', () => {
    const { editor, published, holds } = guarded();
    editor.value = `NIK ${NIK}`;
    editor.dispatchEvent(ctrlEnter());
    holds[0]!.choice.publish('Disetujui kepala dinas untuk rilis resmi');
    expect(published).toEqual([`NIK ${NIK}`]);
  });

  test('a submit button inside an open shadow root (as on YouTube) is still guarded', () => {
    const { editor, published, holds, adapter } = guarded();
    const host = document.createElement('yt-button-shape');
    const inner = document.createElement('button');
    host.attachShadow({ mode: 'open' }).append(inner);
    document.body.append(host);
    // The site publishes from its own shadow-root handler; from window the target is only the host.
    inner.addEventListener('click', () => published.push(editor.value));
    adapter.submitButtons = () => [inner];
    editor.value = `NIK pelapor ${NIK}`;
    inner.click();
    expect(published).toEqual([]);
    expect(holds).toHaveLength(1);
  });

  test('cancelling keeps the draft unpublished and records the cancellation', () => {
    const { editor, button, published, records, holds } = guarded();
    editor.value = `NIK pelapor ${NIK}`;
    button.click();
    holds[0]!.choice.cancel();
    expect(published).toEqual([]);
    expect(records.map((record) => record.outcome)).toEqual(['held', 'cancelled']);
  });

  test('if the check fails the post still goes out, with a notice and an "unchecked" record', () => {
    const { editor, button, published, records, failedOpen } = guarded(() => {
      throw new Error('rule crashed');
    });
    editor.value = `NIK pelapor ${NIK}`;
    button.click();
    expect(published).toEqual([`NIK pelapor ${NIK}`]);
    expect(failedOpen).toHaveBeenCalledOnce();
    expect(records.map((record) => record.outcome)).toEqual(['unchecked']);
  });

  test('clicks elsewhere and other keys are left alone', () => {
    const { editor, records } = guarded();
    editor.value = `NIK ${NIK}`;
    document.body.click();
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    expect(records).toEqual([]);
  });
});
