import { TYPING_LIMIT } from '../checks/engine';
import type { Finding } from '../checks/types';
import type { GuardedEditor, GuardNotice } from '../guard/intercept';
import { t } from '../i18n/t';
import type { Editor, SiteAdapter } from '../sites/adapter';
import type { Span } from '../ui/overlay/highlights';
import { createOverlay } from '../ui/overlay/overlay';
import { applyReplacement, insertAtCaret, selectSpan } from './apply';
import { createCheckScheduler } from './schedule';
import type { Engine } from './team-config';

export interface Guard {
  track(target: GuardedEditor): () => void;
}

const NOTICES = {
  unchecked: 'guardFailedOpen',
  slow: 'guardNoticeSlow',
  resend: 'guardNoticeResend',
  closed: 'guardNoticeClosed',
} as const;

/** Alt+Shift+P in a composer opens or closes Pilar's panel; Alt+Shift+R opens the saved replies. */
const isShortcut = (event: KeyboardEvent, code: string) => event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === code;

/**
 * Everything Pilar does for one composer while it is on the page: checks the draft as the admin
 * types (debounced, one run at a time, only while on screen), shows the result, applies fixes on
 * request, and puts the composer under the Post guard.
 */
export function attachComposer(adapter: SiteAdapter, editor: Editor, guard: Guard, engine: Engine) {
  const element = editor.element;
  let visible = false;
  let text = '';
  let caret: Range | undefined;

  const overlay = createOverlay(element, {
    fix: (finding) => void fix(finding),
    show: (finding) => void selectSpan(adapter, element, finding.start, finding.end, text.slice(finding.start, finding.end)),
    saveCaret() {
      const selection = document.getSelection();
      const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : undefined;
      caret = range && element.contains(range.startContainer) ? range.cloneRange() : undefined;
    },
    restoreCaret() {
      element.focus({ preventScroll: true });
      const selection = document.getSelection();
      if (caret?.startContainer.isConnected && selection) {
        selection.removeAllRanges();
        selection.addRange(caret);
      }
    },
  });

  let cut = false;
  const run = () => {
    text = adapter.readText(element);
    // While typing only the first TYPING_LIMIT characters are checked (RS-13); the admin is told once.
    const report = engine.check(text, { limit: TYPING_LIMIT });
    if ((report.checkedLength !== undefined) !== cut) {
      cut = !cut;
      if (cut) overlay.notice(t('guardNoticeTooLong', String(TYPING_LIMIT)));
    }
    const spans: Span[] = [];
    for (const finding of report.findings) {
      const range = finding.end > finding.start ? adapter.rangeFor(element, finding.start, finding.end) : undefined;
      if (range) spans.push({ range, severity: finding.severity });
    }
    overlay.show(report, text, spans);
  };
  const scheduler = createCheckScheduler(run, () => visible);

  async function fix(finding: Finding) {
    if (!finding.suggestion) return;
    await applyReplacement(adapter, element, finding.start, finding.end, text.slice(finding.start, finding.end), finding.suggestion.replacement);
    scheduler.request();
  }

  // Draft.js applies Backspace and Enter itself without an `input` event, so watch the text too.
  const mutations = new MutationObserver(() => scheduler.request());
  mutations.observe(element, { childList: true, characterData: true, subtree: true });
  const onInput = () => scheduler.request();
  const onKeydown = (event: KeyboardEvent) => {
    if (isShortcut(event, 'KeyP')) overlay.togglePanel();
    else if (isShortcut(event, 'KeyR')) {
      // Only the replies that suit this platform (none listed: every platform).
      const replies = engine.config().templates.filter((reply) => reply.platforms.length === 0 || reply.platforms.includes(adapter.platform));
      overlay.replies(replies, (reply) => void insertAtCaret(adapter, element, reply.text).then(() => scheduler.request()));
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };
  element.addEventListener('input', onInput);
  element.addEventListener('keydown', onKeydown);
  const onScreen = new IntersectionObserver((entries) => {
    visible = entries.at(-1)?.isIntersecting ?? visible;
    if (visible) scheduler.resume();
  });
  onScreen.observe(element);

  const untrack = guard.track({
    editor,
    hold(blocking, choice) {
      overlay.hold(blocking, adapter.readText(element), {
        jump: (finding) => void selectSpan(adapter, element, finding.start, finding.end),
        publish: choice.publish,
        cancel: choice.cancel,
      });
    },
    notice: (kind: GuardNotice) => overlay.notice(t(NOTICES[kind])),
  });
  // A new team config (a term added, a severity raised) shows on the draft at once.
  const stopWatchingConfig = engine.onChange(() => scheduler.request());
  scheduler.request();

  return {
    update: () => overlay.position(),
    remove() {
      untrack();
      stopWatchingConfig();
      scheduler.cancel();
      mutations.disconnect();
      onScreen.disconnect();
      element.removeEventListener('input', onInput);
      element.removeEventListener('keydown', onKeydown);
      overlay.remove();
    },
  };
}
