import type { Finding } from '../../checks/types';
import { MIN_REASON_LENGTH, reasonAccepted } from '../../guard/decide';
import { t } from '../../i18n/t';
import { h } from './dom';
import { localized } from './localized';
import { ruleTitle, whyDisclosure } from './rule-name';

export interface HoldActions {
  /** Close and put the caret on the finding's words. */
  jump(finding: Finding): void;
  cancel(): void;
  publish(reason: string): void;
}

/**
 * The modal shown when a submit is held: what blocks, a way to each, Cancel, and Publish anyway
 * with a written reason whose length is shown as it is typed.
 */
export function openHoldDialog(layer: ShadowRoot, blocking: Finding[], text: string, actions: HoldActions): HTMLDialogElement {
  const reason = h('textarea', { id: 'pilar-reason', 'aria-describedby': 'pilar-reason-count', maxlength: '2000' });
  const count = h('p', { id: 'pilar-reason-count', 'aria-live': 'polite' });
  const publish = h('button', { type: 'button', class: 'sev-block', disabled: true }, t('holdPublish'));
  const cancel = h('button', { type: 'button' }, t('holdCancel'));
  const dialog = h(
    'dialog',
    { 'aria-labelledby': 'pilar-hold-title', 'aria-describedby': 'pilar-hold-intro' },
    h('h2', { id: 'pilar-hold-title' }, t('holdTitle')),
    h('p', { id: 'pilar-hold-intro' }, t('holdIntro')),
    h(
      'ul',
      {},
      ...blocking.map((finding) => {
        const jump = h('button', { type: 'button', 'aria-label': t('holdFixLabel', text.slice(finding.start, finding.end)) }, t('holdFix'));
        jump.addEventListener('click', () => {
          finish();
          actions.jump(finding);
        });
        return h(
          'li',
          { class: 'finding block' },
          h('p', { class: 'title' }, h('strong', {}, ruleTitle(finding))),
          finding.end > finding.start && h('p', { class: 'quote' }, `“${text.slice(finding.start, finding.end)}”`),
          h('p', {}, localized(finding.message)),
          // "Why?" before Fix, so Fix is the control just before the reason box (Shift+Tab reaches it).
          whyDisclosure(finding),
          h('div', { class: 'actions' }, jump),
        );
      }),
    ),
    h('label', { for: 'pilar-reason' }, t('holdReasonLabel', String(MIN_REASON_LENGTH))),
    reason,
    count,
    h('div', { class: 'actions' }, cancel, publish),
  );

  const showCount = () => {
    const length = reason.value.trim().length;
    publish.disabled = !reasonAccepted(reason.value);
    count.textContent = publish.disabled
      ? t('holdReasonShort', [String(length), String(MIN_REASON_LENGTH)])
      : t('holdReasonOk', String(length));
  };
  let done = false;
  const finish = () => {
    done = true;
    dialog.close();
    dialog.remove();
  };
  reason.addEventListener('input', showCount);
  cancel.addEventListener('click', () => {
    finish();
    actions.cancel();
  });
  publish.addEventListener('click', () => {
    if (!reasonAccepted(reason.value)) return;
    const written = reason.value;
    finish();
    actions.publish(written);
  });
  // Escape closes a modal dialog: that is a Cancel.
  dialog.addEventListener('close', () => {
    if (done) return;
    dialog.remove();
    actions.cancel();
  });
  showCount();
  layer.append(dialog);
  dialog.showModal();
  reason.focus();
  return dialog;
}
