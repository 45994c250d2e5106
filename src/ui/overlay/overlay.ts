import type { Finding, Report } from '../../checks/types';
import { createBadge, countBySeverity } from './badge';
import { h } from './dom';
import { openRepliesPicker } from './replies';
import type { SavedReply } from '../../config/schema';
import { createHighlighter, type BoxSpan, type Span } from './highlights';
import { openHoldDialog, type HoldActions } from './hold-dialog';
import { createOverlayHost, showHost, type OverlayHost } from './host';
import { createTextareaMirror } from './mirror';
import { renderPanel, type PanelActions } from './panel';
import { badgeSpot } from './placement';

export interface OverlayActions {
  fix(finding: Finding): void;
  /** Put the caret on a finding's words. */
  show(finding: Finding): void;
  /** Remembers the admin's caret when our UI takes focus, and puts it back when it closes. */
  saveCaret(): void;
  restoreCaret(): void;
}

const GAP = 6;
const NOTICE_MS = 8000;

/**
 * Pilar's UI for one composer, all in one closed shadow root: the badge, the findings panel, the
 * highlights and the guard's dialog. It reads the editor's geometry and never writes to it.
 */
export function createOverlay(editor: HTMLElement, actions: OverlayActions) {
  const { host, root }: OverlayHost = createOverlayHost();
  const highlighter = createHighlighter(root);
  const mirror = editor instanceof HTMLTextAreaElement ? createTextareaMirror(root, editor) : undefined;
  let report: Report | undefined;
  let text = '';
  let panel: HTMLElement | undefined;

  const panelActions: PanelActions = {
    fix: (finding) => {
      closePanel(false);
      actions.fix(finding);
    },
    show: (finding) => {
      closePanel(false);
      actions.show(finding);
    },
    close: () => closePanel(true),
  };

  const buildPanel = (current: Report) => {
    const built = renderPanel(current, text, panelActions);
    built.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') closePanel(true);
    });
    return built;
  };

  const openPanel = () => {
    if (panel) return closePanel(true);
    if (!report) return;
    actions.saveCaret();
    panel = buildPanel(report);
    root.append(panel);
    badge.setExpanded(true);
    position();
    panel.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  };

  function closePanel(restore: boolean) {
    panel?.remove();
    panel = undefined;
    badge.setExpanded(false);
    if (restore) actions.restoreCaret();
  }

  // A site that re-renders its body may have removed our host; the dialog and notices need it back.
  const reattach = () => {
    if (!host.isConnected) document.body.append(host);
    showHost(host, true);
  };

  const badge = createBadge(openPanel);
  root.append(...badge.elements);

  function position() {
    const rect = editor.getBoundingClientRect();
    const hidden = rect.width === 0 && rect.height === 0;
    showHost(host, !hidden);
    if (hidden) return;
    const spot = badgeSpot(editor, host, { width: badge.button.offsetWidth, height: badge.button.offsetHeight });
    badge.button.style.left = `${spot.left}px`;
    badge.button.style.top = `${spot.top}px`;
    if (panel) {
      panel.style.left = `${Math.max(GAP, Math.min(rect.left, innerWidth - panel.offsetWidth - GAP))}px`;
      const below = Math.max(rect.bottom, spot.top + badge.button.offsetHeight) + GAP;
      panel.style.top = `${below + panel.offsetHeight <= innerHeight ? below : Math.max(GAP, rect.top - panel.offsetHeight - GAP)}px`;
    }
    mirror?.sync();
    highlighter.reposition();
  }

  // A textarea's marks are boxes: they follow its text, scroll and size at most once a frame.
  let frame = 0;
  const relayout = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      mirror?.sync();
      highlighter.reposition();
    });
  };
  const resized = mirror ? new ResizeObserver(relayout) : undefined;
  if (mirror) {
    editor.addEventListener('input', relayout);
    editor.addEventListener('scroll', relayout, { passive: true });
    addEventListener('scroll', relayout, { capture: true, passive: true });
    addEventListener('resize', relayout);
    resized?.observe(editor);
  }

  /** The findings' words in the textarea, as boxes laid out by the mirror. */
  const textareaSpans = (current: Report): BoxSpan[] =>
    mirror ? current.findings.filter((f) => f.end > f.start).map((f) => ({ severity: f.severity, rects: () => mirror.rects(f.start, f.end) })) : [];

  return {
    /** Shows a fresh report; `spans` are the findings' ranges in the editor. */
    show(next: Report, nextText: string, spans: Span[]) {
      report = next;
      text = nextText;
      badge.render(countBySeverity(next.findings));
      mirror?.sync();
      highlighter.paint(spans, textareaSpans(next));
      if (panel) {
        const focusedIndex = [...panel.querySelectorAll('button')].indexOf(root.activeElement as HTMLButtonElement);
        const fresh = buildPanel(next);
        panel.replaceWith(fresh);
        panel = fresh;
        if (focusedIndex >= 0) fresh.querySelectorAll('button')[focusedIndex]?.focus({ preventScroll: true });
      }
      position();
    },
    togglePanel: openPanel,
    /** Opens the saved-reply picker; the caret is restored before `insert` runs. */
    replies(list: SavedReply[], insert: (reply: SavedReply) => void) {
      closePanel(false);
      actions.saveCaret();
      const rect = editor.getBoundingClientRect();
      const close = (restore: boolean) => {
        picker.remove();
        if (restore) actions.restoreCaret();
      };
      const picker = openRepliesPicker(root, list, {
        insert: (reply) => {
          close(true);
          insert(reply);
        },
        close: () => close(true),
      });
      picker.style.left = `${Math.max(GAP, rect.left)}px`;
      picker.style.top = `${rect.bottom + GAP}px`;
    },
    position,
    hold(blocking: Finding[], draft: string, hold: HoldActions) {
      reattach();
      closePanel(false);
      actions.saveCaret();
      openHoldDialog(root, blocking, draft, {
        jump: hold.jump,
        publish: hold.publish,
        cancel: () => {
          actions.restoreCaret();
          hold.cancel();
        },
      });
    },
    notice(message: string) {
      reattach();
      const rect = editor.getBoundingClientRect();
      const note = h('div', { class: 'notice', role: 'alert', style: `left:${rect.left}px;top:${rect.bottom + GAP * 5}px` }, message);
      root.append(note);
      setTimeout(() => note.remove(), NOTICE_MS);
    },
    remove() {
      if (mirror) {
        cancelAnimationFrame(frame);
        editor.removeEventListener('input', relayout);
        editor.removeEventListener('scroll', relayout);
        removeEventListener('scroll', relayout, { capture: true });
        removeEventListener('resize', relayout);
        resized?.disconnect();
        mirror.remove();
      }
      highlighter.clear();
      host.remove();
    },
  };
}
