import { PILLARS, PRINCIPLES, type Category, type Finding, type Report } from '../../checks/types';
import { t, type MessageKey } from '../../i18n/t';
import { h } from './dom';
import { localized } from './localized';
import { ruleTitle, whyDisclosure } from './rule-name';

export interface PanelActions {
  /** Apply the finding's suggestion through the editor's own input path. */
  fix(finding: Finding): void;
  /** Put the caret on the finding's words in the editor. */
  show(finding: Finding): void;
  close(): void;
}

const CATEGORY_ORDER: Category[] = ['classified', 'tone', 'pillar'];
const QUOTE_MAX = 60;

function quote(text: string, finding: Finding): string {
  const words = text.slice(finding.start, finding.end);
  return words.length > QUOTE_MAX ? `${words.slice(0, QUOTE_MAX)}…` : words;
}

/**
 * One finding as a card: a short title, the words found, one sentence of why, and the fix as the
 * main button; the law and the rule id wait behind "Why?".
 */
function findingItem(finding: Finding, text: string, actions: PanelActions): HTMLElement {
  const words = quote(text, finding);
  const fix = finding.suggestion;
  // A suggestion at the end of the draft adds a sentence: show it, since there are no words to quote.
  const added = words === '' && fix ? fix.replacement.trim() : '';
  const fixButton = fix && actionButton(localized(fix.label), t('panelFixLabel', fix.replacement), () => actions.fix(finding));
  if (fixButton) fixButton.classList.add('primary');
  return h(
    'li',
    { class: `finding ${finding.severity}` },
    h('p', { class: 'title' }, h('span', { class: `tag sev-${finding.severity}` }, t(`severity_${finding.severity}`)), h('strong', {}, ruleTitle(finding))),
    words !== '' && h('p', { class: 'quote' }, `“${words}”`),
    h('p', {}, localized(finding.message)),
    added !== '' && h('p', { class: 'quote' }, `“${added}”`),
    h(
      'div',
      { class: 'actions' },
      fixButton,
      finding.end > finding.start && actionButton(t('panelShow'), t('panelShowLabel', words), () => actions.show(finding)),
    ),
    whyDisclosure(finding),
  );
}

function actionButton(text: string, label: string, onClick: () => void): HTMLButtonElement {
  const button = h('button', { type: 'button', 'aria-label': label }, text);
  button.addEventListener('click', onClick);
  return button;
}

function toneSection(report: Report): HTMLElement {
  const { sentiment, formality, warmth, humour } = report.tone;
  const yesNo = (score: number) => t(score >= 0.5 ? 'panelPresent' : 'panelAbsent');
  return h(
    'section',
    { 'aria-labelledby': 'pilar-tone' },
    h('h3', { id: 'pilar-tone' }, t('panelTone')),
    h(
      'p',
      {},
      `${t('panelSentiment')}: ${t(`sentiment_${sentiment.label}`)} · ${t('panelFormality')}: ${t(`formality_${formality.label}`)} · ` +
        `${t('panelWarmth')}: ${yesNo(warmth.score)} · ${t('panelHumour')}: ${yesNo(humour.score)}`,
    ),
  );
}

function meterRow(label: string, score: number): HTMLElement {
  const percent = Math.round(score * 100);
  return h(
    'div',
    { class: 'meter' },
    h('span', {}, label),
    h(
      'div',
      { class: 'bar', role: 'meter', 'aria-label': label, 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': String(percent) },
      h('div', { class: 'fill', style: `width: ${percent}%` }),
    ),
    h('span', {}, `${percent}%`),
  );
}

function pillarSection(report: Report): HTMLElement {
  const covered = PRINCIPLES.filter((principle) => report.pillars.principles[principle].score >= 0.5);
  return h(
    'section',
    { 'aria-labelledby': 'pilar-pillars' },
    h('h3', { id: 'pilar-pillars' }, t('panelPillars')),
    ...PILLARS.map((pillar) => meterRow(t(`pillar_${pillar}`), report.pillars[pillar].score)),
    h('p', {}, t('panelPrinciplesCovered', [String(covered.length), String(PRINCIPLES.length)])),
    h(
      'ul',
      { class: 'principles', 'aria-label': t('panelPrinciples') },
      ...PRINCIPLES.map((principle) => {
        const isCovered = covered.includes(principle);
        const name = t(`principle_${principle.replace(/-/g, '_')}` as MessageKey);
        return h('li', { class: `principle${isCovered ? ' covered' : ''}` }, `${isCovered ? '✓' : '○'} ${name}`);
      }),
    ),
  );
}

/**
 * The panel's content for one report: findings grouped by category as short cards, then the tone
 * summary and the pillar and principle meters (where coverage lives: it is not a finding).
 */
export function renderPanel(report: Report, text: string, actions: PanelActions): HTMLElement {
  const close = actionButton('×', t('panelClose'), actions.close);
  close.classList.add('close');
  const groups = CATEGORY_ORDER.map((category) => ({ category, findings: report.findings.filter((f) => f.category === category) })).filter(
    (group) => group.findings.length > 0,
  );
  return h(
    'div',
    { class: 'panel', role: 'dialog', 'aria-labelledby': 'pilar-panel-title' },
    h('h2', { id: 'pilar-panel-title', tabindex: '-1' }, t('panelTitle')),
    close,
    groups.length === 0 && h('p', {}, t('panelNoFindings')),
    ...groups.map(({ category, findings }) =>
      h(
        'section',
        { 'aria-labelledby': `pilar-cat-${category}` },
        h('h3', { id: `pilar-cat-${category}` }, `${t(`category_${category}`)} (${findings.length})`),
        h('ul', {}, ...findings.map((finding) => findingItem(finding, text, actions))),
      ),
    ),
    toneSection(report),
    pillarSection(report),
  );
}
