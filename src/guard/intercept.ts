import type { Finding, Report } from '../checks/types';
import type { Editor, SiteAdapter } from '../sites/adapter';
import { decide } from './decide';
import type { OutcomeFacts } from './outcome';

/** The admin's answer to a held submit. */
export interface HoldChoice {
  publish(reason: string): void;
  cancel(): void;
}

/**
 * What the guard tells the admin when it could not do its job: `unchecked` (the check failed, the
 * draft went out), `slow` (the check ran past the budget, the draft went out), `resend` (publishing
 * anyway could not press Post again: the next press goes out unchecked), `closed` (a policy keeps
 * the draft back because the guard failed).
 */
export type GuardNotice = 'unchecked' | 'slow' | 'resend' | 'closed';

/** A composer under guard, with the UI the guard uses to talk to the admin. */
export interface GuardedEditor {
  editor: Editor;
  hold(blocking: Finding[], choice: HoldChoice): void;
  notice(kind: GuardNotice): void;
}

/** The part of a team's or an enterprise's config the guard obeys. */
export interface GuardPolicy {
  /** Keep a draft back, rather than publish it unchecked, when the guard itself fails. */
  failClosed: boolean;
}

/** The longest the guard may keep a Post press waiting for its check (RS-15). */
export const GUARD_BUDGET_MS = 250;

export interface GuardOptions {
  adapter: SiteAdapter;
  check(text: string): Report;
  record(facts: OutcomeFacts): void;
  /** Registers a listener that is removed when the content script is invalidated. */
  listen<K extends keyof WindowEventMap>(type: K, listener: (event: WindowEventMap[K]) => void): void;
  /** Read at every submit, so that a policy change applies at once. */
  config?: () => { guard: GuardPolicy };
  budgetMs?: number;
  now?: () => number;
}

type Trigger = { kind: 'click'; button: HTMLElement } | { kind: 'key'; init: KeyboardEventInit };

const OPEN: { guard: GuardPolicy } = { guard: { failClosed: false } };

/**
 * The Post guard. Listens in the capture phase on `window`, so it runs before the site's own
 * handlers, and checks the draft as it is at that moment: synchronously, with no async hop, so a
 * clean draft goes out with no delay and a blocked one never reaches the site.
 *
 * Nothing Pilar does may swallow a post (RS-15): when the guard fails, the submit goes out once,
 * with a notice, unless a policy says to fail closed.
 */
export function createGuard({ adapter, check, record, listen, config = () => OPEN, budgetMs = GUARD_BUDGET_MS, now = () => performance.now() }: GuardOptions) {
  const guarded = new Set<GuardedEditor>();
  // Set only while we re-dispatch an overridden submit, so that one event passes untouched.
  let passing = false;
  // Editors whose next submit goes out untouched: publishing anyway could not press Post itself.
  const passNext = new Set<GuardedEditor>();

  const facts = (target: GuardedEditor, length: number) => {
    let replyTo: string | undefined;
    try {
      replyTo = adapter.repliesTo(target.editor.element)?.id;
    } catch {
      // The reply's id is a detail of the record; its absence must not cost the record.
    }
    return {
      platform: adapter.platform,
      editorKind: target.editor.kind,
      draftLength: length,
      ...(replyTo !== undefined ? { replyTo } : {}),
    };
  };

  const safely = (action: () => void) => {
    try {
      action();
    } catch {
      // Recording and telling are best effort; publishing is not.
    }
  };
  const note = (outcome: OutcomeFacts) => safely(() => record(outcome));
  const tell = (target: GuardedEditor, kind: GuardNotice) => safely(() => target.notice(kind));

  const failClosed = () => {
    try {
      return config().guard.failClosed === true;
    } catch {
      return false;
    }
  };

  /** Presses Post again the way the admin did; false when there was nothing to press. */
  const resubmit = (target: GuardedEditor, trigger: Trigger): boolean => {
    const element = target.editor.element;
    passing = true;
    try {
      if (trigger.kind === 'click') {
        let buttons: HTMLElement[] = [];
        try {
          buttons = adapter.submitButtons(element);
        } catch {
          // Fall back to the button that was pressed.
        }
        // The site may have re-rendered the button while the dialog was open.
        const button = buttons.includes(trigger.button) ? trigger.button : (buttons[0] ?? (trigger.button.isConnected ? trigger.button : undefined));
        if (!button) return false;
        button.click();
      } else {
        if (!element.isConnected) return false;
        element.focus({ preventScroll: true });
        element.dispatchEvent(new KeyboardEvent('keydown', trigger.init));
      }
      return true;
    } catch {
      return false;
    } finally {
      passing = false;
    }
  };

  const intercept = (event: Event, target: GuardedEditor, trigger: Trigger) => {
    if (passNext.delete(target)) return;
    const started = now();
    let text: string;
    let report: Report;
    try {
      text = adapter.readText(target.editor.element);
      report = check(text);
    } catch {
      if (failClosed()) {
        event.preventDefault();
        event.stopImmediatePropagation();
        note({ ...facts(target, 0), outcome: 'held', rules: [] });
        tell(target, 'closed');
        return;
      }
      // RS-15: a failure in Pilar never stops the admin from publishing.
      note({ ...facts(target, 0), outcome: 'unchecked', rules: [] });
      tell(target, 'unchecked');
      return;
    }
    if (text.trim() === '') return;
    if (now() - started > budgetMs && !failClosed()) {
      // The admin has already waited too long: the post goes out, marked as not checked.
      note({ ...facts(target, text.length), outcome: 'unchecked', rules: [] });
      tell(target, 'slow');
      return;
    }
    const decision = decide(report);
    if (decision.action === 'pass') {
      note({ ...facts(target, text.length), outcome: decision.outcome, rules: decision.rules });
      return;
    }
    // The dialog opens while the event is still in our hands: if it cannot, the event goes on to the
    // site as the admin sent it (a trusted event, not a copy), unless a policy keeps it back.
    try {
      target.hold(decision.blocking, {
        publish(reason) {
          let length = text.length;
          try {
            length = adapter.readText(target.editor.element).length;
          } catch {
            // The length at the time of the hold stands in.
          }
          note({ ...facts(target, length), outcome: 'published-over-block', rules: decision.rules, reason });
          if (resubmit(target, trigger)) return;
          passNext.add(target);
          tell(target, 'resend');
        },
        cancel() {
          let length = text.length;
          try {
            length = adapter.readText(target.editor.element).length;
          } catch {
            // As above.
          }
          note({ ...facts(target, length), outcome: 'cancelled', rules: decision.rules });
        },
      });
    } catch {
      if (failClosed()) {
        event.preventDefault();
        event.stopImmediatePropagation();
        note({ ...facts(target, text.length), outcome: 'held', rules: decision.rules });
        tell(target, 'closed');
        return;
      }
      note({ ...facts(target, text.length), outcome: 'unchecked', rules: decision.rules });
      tell(target, 'unchecked');
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    note({ ...facts(target, text.length), outcome: 'held', rules: decision.rules });
  };

  // The composed path reaches into open shadow roots (YouTube's buttons and editors live in them),
  // where event.target seen from window is only the shadow host.
  listen('click', (event) => {
    if (passing) return;
    const path = event.composedPath();
    for (const target of guarded) {
      let button: HTMLElement | undefined;
      try {
        button = adapter.submitButtons(target.editor.element).find((candidate) => path.includes(candidate));
      } catch {
        continue;
      }
      if (button) return intercept(event, target, { kind: 'click', button });
    }
  });

  listen('keydown', (event) => {
    if (passing) return;
    const path = event.composedPath();
    for (const target of guarded) {
      const element = target.editor.element;
      let shortcut = false;
      try {
        shortcut = path.includes(element) && adapter.isSubmitShortcut(event, element);
      } catch {
        continue;
      }
      if (!shortcut) continue;
      const { key, code, ctrlKey, metaKey, shiftKey, altKey, keyCode } = event;
      const init = { key, code, ctrlKey, metaKey, shiftKey, altKey, keyCode, which: keyCode, bubbles: true, cancelable: true, composed: true };
      return intercept(event, target, { kind: 'key', init });
    }
  });

  return {
    track(target: GuardedEditor): () => void {
      guarded.add(target);
      return () => {
        guarded.delete(target);
        passNext.delete(target);
      };
    },
  };
}
