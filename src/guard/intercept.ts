import type { Finding, Report } from '../checks/types';
import type { Editor, SiteAdapter } from '../sites/adapter';
import { decide } from './decide';
import type { OutcomeFacts } from './outcome';

/** The admin's answer to a held submit. */
export interface HoldChoice {
  publish(reason: string): void;
  cancel(): void;
}

/** A composer under guard, with the UI the guard uses to talk to the admin. */
export interface GuardedEditor {
  editor: Editor;
  hold(blocking: Finding[], choice: HoldChoice): void;
  /** Tells the admin that the draft went out unchecked. */
  failedOpen(): void;
}

export interface GuardOptions {
  adapter: SiteAdapter;
  check(text: string): Report;
  record(facts: OutcomeFacts): void;
  /** Registers a listener that is removed when the content script is invalidated. */
  listen<K extends keyof WindowEventMap>(type: K, listener: (event: WindowEventMap[K]) => void): void;
}

type Trigger = { kind: 'click'; button: HTMLElement } | { kind: 'key'; init: KeyboardEventInit };

/**
 * The Post guard. Listens in the capture phase on `window`, so it runs before the site's own
 * handlers, and checks the draft as it is at that moment: synchronously, with no async hop, so a
 * clean draft goes out with no delay and a blocked one never reaches the site.
 */
export function createGuard({ adapter, check, record, listen }: GuardOptions) {
  const guarded = new Set<GuardedEditor>();
  // Set only while we re-dispatch an overridden submit, so that one event passes untouched.
  let passing = false;

  const facts = (target: GuardedEditor, text: string) => {
    const replyTo = adapter.repliesTo(target.editor.element)?.id;
    return {
      platform: adapter.platform,
      editorKind: target.editor.kind,
      draftLength: text.length,
      ...(replyTo !== undefined ? { replyTo } : {}),
    };
  };

  const resubmit = (target: GuardedEditor, trigger: Trigger) => {
    const element = target.editor.element;
    passing = true;
    try {
      if (trigger.kind === 'click') {
        const buttons = adapter.submitButtons(element);
        // The site may have re-rendered the button while the dialog was open.
        (buttons.includes(trigger.button) ? trigger.button : buttons[0])?.click();
      } else {
        element.focus({ preventScroll: true });
        element.dispatchEvent(new KeyboardEvent('keydown', trigger.init));
      }
    } finally {
      passing = false;
    }
  };

  const intercept = (event: Event, target: GuardedEditor, trigger: Trigger) => {
    let text: string;
    let report: Report;
    try {
      text = adapter.readText(target.editor.element);
      report = check(text);
    } catch {
      // RS-15: a failure in Pilar never stops the admin from publishing.
      record({ ...facts(target, ''), outcome: 'unchecked', rules: [] });
      target.failedOpen();
      return;
    }
    if (text.trim() === '') return;
    const decision = decide(report);
    if (decision.action === 'pass') {
      record({ ...facts(target, text), outcome: decision.outcome, rules: decision.rules });
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    record({ ...facts(target, text), outcome: 'held', rules: decision.rules });
    target.hold(decision.blocking, {
      publish(reason) {
        const now = adapter.readText(target.editor.element);
        record({ ...facts(target, now), outcome: 'published-over-block', rules: decision.rules, reason });
        resubmit(target, trigger);
      },
      cancel() {
        record({ ...facts(target, adapter.readText(target.editor.element)), outcome: 'cancelled', rules: decision.rules });
      },
    });
  };

  // The composed path reaches into open shadow roots (YouTube's buttons and editors live in them),
  // where event.target seen from window is only the shadow host.
  listen('click', (event) => {
    if (passing) return;
    const path = event.composedPath();
    for (const target of guarded) {
      const button = adapter.submitButtons(target.editor.element).find((candidate) => path.includes(candidate));
      if (button) return intercept(event, target, { kind: 'click', button });
    }
  });

  listen('keydown', (event) => {
    if (passing) return;
    const path = event.composedPath();
    for (const target of guarded) {
      const element = target.editor.element;
      if (!path.includes(element) || !adapter.isSubmitShortcut(event, element)) continue;
      const { key, code, ctrlKey, metaKey, shiftKey, altKey, keyCode } = event;
      const init = { key, code, ctrlKey, metaKey, shiftKey, altKey, keyCode, which: keyCode, bubbles: true, cancelable: true, composed: true };
      return intercept(event, target, { kind: 'key', init });
    }
  });

  return {
    track(target: GuardedEditor): () => void {
      guarded.add(target);
      return () => guarded.delete(target);
    },
  };
}
