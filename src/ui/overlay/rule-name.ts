import { RULES } from '../../checks';
import type { Finding, LocalizedText } from '../../checks/types';
import { t } from '../../i18n/t';
import { h } from './dom';
import { localized } from './localized';

const RULE_BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

/** The rule behind a finding; team patterns (`custom.*`) have none of their own. */
export const ruleOf = (finding: Finding) => RULE_BY_ID.get(finding.rule);

/**
 * A finding card's title in plain words, as an admin would say it. Rules not listed here (a
 * pillar suggestion, whose description is already short) are titled by their description.
 */
const TITLES: Readonly<Record<string, LocalizedText>> = {
  'classified.marking': { id: 'Tanda rahasia', en: 'Classification marking' },
  'classified.nik': { id: 'NIK warga', en: "A citizen's NIK" },
  'classified.kk': { id: 'Nomor KK', en: 'Family card number' },
  'classified.npwp': { id: 'NPWP', en: 'Tax number' },
  'classified.phone': { id: 'Nomor HP pribadi', en: 'Personal phone number' },
  'classified.email': { id: 'Email pribadi', en: 'Personal email' },
  'classified.bank-account': { id: 'Nomor rekening', en: 'Bank account number' },
  'classified.payment-card': { id: 'Nomor kartu', en: 'Card number' },
  'classified.passport': { id: 'Nomor paspor', en: 'Passport number' },
  'classified.bpjs': { id: 'Nomor BPJS', en: 'BPJS number' },
  'classified.credential': { id: 'Kata sandi atau kode', en: 'Password or code' },
  'classified.internal-address': { id: 'Alamat internal', en: 'Internal address' },
  'classified.exempt-topic': { id: 'Informasi yang dikecualikan', en: 'Exempt information' },
  'classified.victim-identity': { id: 'Identitas korban', en: "A victim's identity" },
  'tone.abusive': { id: 'Kata kasar', en: 'Abusive words' },
  'tone.hate': { id: 'Ujaran SARA', en: 'Hate speech' },
  'tone.insult': { id: 'Menghina seseorang', en: 'Personal insult' },
  'tone.humor-in-tragedy': { id: 'Candaan saat musibah', en: 'Joke about a tragedy' },
  'tone.clickbait': { id: 'Judul umpan klik', en: 'Clickbait' },
  'tone.shouting': { id: 'Terkesan berteriak', en: 'Reads as shouting' },
  'tone.negative': { id: 'Nada negatif', en: 'Negative tone' },
  'tone.stiff': { id: 'Bahasa kaku', en: 'Stiff wording' },
};

/** "NIK warga": the card's short title. */
export function ruleTitle(finding: Finding): string {
  const title = TITLES[finding.rule] ?? ruleOf(finding)?.description;
  return title ? localized(title) : finding.rule;
}

/**
 * The "why" disclosure: the law or principle behind the rule and the rule's id, for the admin who
 * wants them and for a report to the supervisor; closed by default so the card stays short.
 */
export function whyDisclosure(finding: Finding): HTMLElement {
  const rule = ruleOf(finding);
  return h(
    'details',
    { class: 'why' },
    h('summary', {}, t('cardWhy')),
    rule && h('p', {}, localized(rule.reason)),
    h('p', { class: 'rule' }, `${t('cardRule')} ${finding.rule}`),
  );
}
