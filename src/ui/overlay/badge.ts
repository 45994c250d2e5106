import type { Finding, Severity } from '../../checks/types';
import { t } from '../../i18n/t';
import { h } from './dom';

export type Counts = Record<Severity, number>;

export function countBySeverity(findings: readonly Finding[]): Counts {
  const counts: Counts = { block: 0, warn: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/** "2 blokir, 1 peringatan, 0 info": the count in words, for labels and announcements. */
export function describeCounts(counts: Counts): string {
  return t('badgeCounts', [String(counts.block), String(counts.warn), String(counts.info)]);
}

/**
 * The button at the composer's corner: the count per severity, each with its colour and its
 * word, so the state never rests on colour alone. A live region announces changes.
 */
export function createBadge(onOpen: () => void) {
  const button = h('button', { type: 'button', class: 'badge', 'aria-haspopup': 'dialog', 'aria-expanded': 'false' });
  const live = h('span', { class: 'sr-only', role: 'status', 'aria-live': 'polite' });
  button.addEventListener('click', onOpen);
  let last = '';

  const render = (counts: Counts) => {
    const parts: Node[] = [document.createTextNode('Pilar')];
    for (const severity of ['block', 'warn', 'info'] as const) {
      if (counts[severity] === 0) continue;
      parts.push(h('span', { class: `count sev-${severity}` }, `${counts[severity]} ${t(`severityShort_${severity}`)}`));
    }
    if (parts.length === 1) parts.push(h('span', { class: 'count' }, t('badgeClean')));
    button.replaceChildren(...parts);
    const words = describeCounts(counts);
    button.setAttribute('aria-label', t('badgeLabelCounts', words));
    // Announce only real changes, not every re-check of the same draft.
    if (words !== last) live.textContent = words;
    last = words;
  };
  render({ block: 0, warn: 0, info: 0 });

  return {
    elements: [button, live] as const,
    button,
    render,
    setExpanded(open: boolean) {
      button.setAttribute('aria-expanded', String(open));
    },
  };
}
