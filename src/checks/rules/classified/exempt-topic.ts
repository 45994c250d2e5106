import { leetView, toOriginal, type NormalizedText } from '../../normalize';
import type { Hit, Rule } from '../../rule';
import type { LocalizedText } from '../../types';
import * as CUES from './exempt-topic.cues';
import { cues, nameAfter, namedPeople, sentencesOf, within, type Span } from './situation';

const LAW_ENFORCEMENT: LocalizedText = {
  id: 'Rincian penegakan hukum yang sedang berjalan (penyidikan, rencana penindakan, identitas pelapor/saksi) dikecualikan dari keterbukaan (UU 14/2008 Pasal 17 huruf a).',
  en: 'Details of ongoing law enforcement (investigation, planned action, identity of informants or witnesses) are exempt from disclosure (Law 14/2008 Art. 17(a)).',
};
const DEFENCE: LocalizedText = {
  id: 'Informasi operasi, kekuatan, atau instalasi pertahanan dan keamanan negara dikecualikan dari keterbukaan (UU 14/2008 Pasal 17 huruf c).',
  en: 'Information on defence and security operations, forces or installations is exempt from disclosure (Law 14/2008 Art. 17(c)).',
};
const ECONOMY: LocalizedText = {
  id: 'Rencana kebijakan ekonomi, lahan, tarif atau pajak yang belum diumumkan dapat merugikan kepentingan publik dan dikecualikan (UU 14/2008 Pasal 17 huruf e).',
  en: 'Unannounced economic, land, tariff or tax plans can harm the public interest and are exempt from disclosure (Law 14/2008 Art. 17(e)).',
};
const INTERNAL: LocalizedText = {
  id: 'Memo dan surat internal badan publik yang menurut sifatnya dirahasiakan, serta draf yang belum final, jangan dipublikasikan (UU 14/2008 Pasal 17 huruf i).',
  en: 'Internal memos and letters that are confidential by nature, and drafts not yet final, should not be published (Law 14/2008 Art. 17(i)).',
};
const PERSONAL: LocalizedText = {
  id: 'Kesehatan, keuangan, hasil penilaian atau catatan seseorang yang disebut namanya adalah rahasia pribadi (UU 14/2008 Pasal 17 huruf h) dan data pribadi (UU 27/2022 Pasal 4).',
  en: "A named person's health, finances, assessment or record is a personal secret (Law 14/2008 Art. 17(h)) and personal data (Law 27/2022 Art. 4).",
};

/** Fixed phrases that say it outright (economic and internal markers, investigation records). */
const PHRASES: readonly { pattern: RegExp; message: LocalizedText }[] = [
  { pattern: cues(CUES.INVESTIGATION), message: LAW_ENFORCEMENT },
  {
    pattern:
      /(?<![a-z])(?:rencana operasi militer|(?:posisi|koordinat|disposisi|dislokasi|pergerakan) (?:pasukan|alutsista|kapal perang|satuan tempur|personel tni)|strategi pertahanan|sistem persandian|denah (?:pangkalan|markas|mako|instalasi militer)|(?:rute|jadwal) (?:patroli|pengawalan vvip|pengamanan vvip|perjalanan presiden))(?![a-z])/g,
    message: DEFENCE,
  },
  {
    pattern:
      /(?<![a-z])(?:rencana awal (?:pembelian|penjualan|perubahan|kenaikan|penurunan|investasi)|bocoran (?:kebijakan|suku bunga|kenaikan|tarif|harga|kurs)|(?:perubahan|kenaikan|penurunan) (?:suku bunga|nilai tukar|kurs|tarif pajak)(?: yang)? belum diumumkan|hasil pengawasan (?:bank|perbankan|asuransi|lembaga keuangan)|proses pencetakan uang)(?![a-z])/g,
    message: ECONOMY,
  },
  {
    pattern:
      /(?<![a-z])(?:nota dinas internal|memo(?:randum)? internal|surat internal|dokumen internal|draft? belum final|rancangan belum final|hanya untuk (?:kalangan )?(?:internal|sendiri|terbatas)|tidak untuk (?:disebarluaskan|dipublikasikan|diedarkan)|for internal use only|internal use only|not for distribution)(?![a-z])/g,
    message: INTERNAL,
  },
];

const SURPRISE_ACTION = cues(CUES.SURPRISE_ACTION);
const AHEAD = cues(CUES.AHEAD);
const DONE = cues(CUES.DONE);
const WITNESS = cues(CUES.WITNESS);
const PROTECTED = cues(CUES.PROTECTED);
const DEFENCE_ASSET = cues(CUES.DEFENCE);
const WEAKNESS = cues(CUES.WEAKNESS);
const MOVEMENT = cues(CUES.MOVEMENT);
const COORDINATE = /(?<![a-z0-9])(?:-?\d{1,3}\.\d{3,},[ \t]?-?\d{1,3}\.\d{3,}|\d{1,3}[°º]|\d{1,3}[.,]\d{2,}[ \t]?(?:°|ls|lu|bt|bb)(?![a-z])|koordinat|lintang|bujur)/g;
const ECONOMIC_PLAN = cues(CUES.ECONOMIC_PLAN);
const CHANGE = cues(CUES.CHANGE);
const UNANNOUNCED = cues(CUES.UNANNOUNCED);
const MEMO = cues(CUES.MEMO);
const STAFF_DECISION = cues(CUES.STAFF_DECISION);
const PERSONAL_MATTER = cues(CUES.PERSONAL_MATTER);
const BANK = cues(CUES.BANK);
const SUPERVISION = cues(CUES.SUPERVISION);

/** The span from the first to the last of the cues that make the situation. */
function cover(parts: readonly Span[]): Span {
  return { start: Math.min(...parts.map((p) => p.start)), end: Math.max(...parts.map((p) => p.end)) };
}

/** Situations in one sentence: which cues meet, and which cue cancels them. */
function situations(norm: NormalizedText, sentence: Span, draftUnannounced: boolean): { span: Span; message: LocalizedText }[] {
  const view = leetView(norm);
  const found: { span: Span; message: LocalizedText }[] = [];
  const has = (pattern: RegExp) => within(view, pattern, sentence);
  // A surprise action still ahead ("besok malam kita gerebek …"), not one reported as done.
  const action = has(SURPRISE_ACTION);
  if (action.length > 0) {
    const ahead = has(AHEAD);
    if (ahead.length > 0 && has(DONE).length === 0) found.push({ span: cover([action[0]!, ahead[0]!]), message: LAW_ENFORCEMENT });
  }
  // An informant or key witness with a name, unless the sentence promises to protect them.
  const witness = has(WITNESS);
  if (witness.length > 0 && has(PROTECTED).length === 0) {
    const named = [...namedPeople(norm, sentence), ...nameAfter(norm, witness[0]!.end, sentence)];
    if (named.length > 0) found.push({ span: cover([witness[0]!, named[0]!]), message: LAW_ENFORCEMENT });
  }
  // A defence installation out of action, or forces with coordinates.
  const asset = has(DEFENCE_ASSET);
  if (asset.length > 0) {
    const weak = has(WEAKNESS);
    const coordinate = has(COORDINATE);
    const moving = has(MOVEMENT);
    if (weak.length > 0) found.push({ span: cover([asset[0]!, weak[0]!]), message: DEFENCE });
    else if (coordinate.length > 0) found.push({ span: cover([asset[0]!, coordinate[0]!, ...moving.slice(0, 1)]), message: DEFENCE });
  }
  // A land, tariff or tax plan in a draft that says it is not public yet.
  if (draftUnannounced) {
    const plan = has(ECONOMIC_PLAN);
    const change = has(CHANGE);
    if (plan.length > 0 && change.length > 0) found.push({ span: cover([plan[0]!, change[change.length - 1]!]), message: ECONOMY });
  }
  // A bank under supervision or in trouble (Pasal 17 huruf e).
  const bank = has(BANK);
  if (bank.length > 0) {
    const supervised = has(SUPERVISION);
    if (supervised.length > 0) found.push({ span: cover([bank[0]!, supervised[0]!]), message: ECONOMY });
  }
  // What an internal memo decided about staff.
  const memo = has(MEMO);
  const decision = has(STAFF_DECISION);
  if (memo.length > 0 && decision.length > 0) found.push({ span: cover([memo[0]!, decision[0]!]), message: INTERNAL });
  // A named person's health, finances, assessment or record.
  const matter = has(PERSONAL_MATTER);
  if (matter.length > 0) {
    const named = namedPeople(norm, sentence);
    if (named.length > 0) found.push({ span: matter[0]!, message: PERSONAL });
  }
  return found;
}

export const exemptTopicRule: Rule = {
  id: 'classified.exempt-topic',
  category: 'classified',
  defaultSeverity: 'warn',
  description: {
    id: 'Situasi yang dikecualikan UU KIP Pasal 17: rencana penindakan yang belum terjadi, pelapor atau saksi kunci yang disebut namanya, rincian penyidikan, instalasi pertahanan yang lumpuh atau pasukan dengan koordinat, rencana lahan/tarif/pajak yang belum diumumkan, isi memo internal, serta kesehatan, keuangan atau penilaian orang yang disebut namanya.',
    en: 'Situations exempt under Law 14/2008 Art. 17: enforcement action still ahead, a named informant or key witness, investigation details, a defence installation out of action or forces with coordinates, unannounced land, tariff or tax plans, internal memo contents, and a named person’s health, finances or assessment.',
  },
  reason: {
    id: 'Informasi yang dikecualikan (UU 14/2008 Pasal 17; PP 61/2010) hanya dibuka setelah uji konsekuensi oleh PPID.',
    en: 'Exempt information (Law 14/2008 Art. 17; Government Regulation 61/2010) is opened only after the information officer (PPID) tests the consequences.',
  },
  check({ norm }) {
    const view = leetView(norm);
    const hits: Hit[] = [];
    const add = (span: Span, message: LocalizedText) => {
      const [start, end] = toOriginal(norm, span.start, span.end);
      if (!hits.some((h) => h.start < end && start < h.end)) hits.push({ start, end, message });
    };
    const sentences = sentencesOf(norm);
    for (const { pattern, message } of PHRASES) {
      for (const match of view.matchAll(pattern)) {
        const span = { start: match.index, end: match.index + match[0].length };
        // "Identitas pelapor dijamin kerahasiaannya" promises protection; it discloses nothing.
        const sentence = sentences.find((s) => s.start <= span.start && span.start < s.end);
        if (message === LAW_ENFORCEMENT && sentence && within(view, PROTECTED, sentence).length > 0) continue;
        add(span, message);
      }
    }
    UNANNOUNCED.lastIndex = 0;
    const unannounced = UNANNOUNCED.test(view);
    for (const sentence of sentences) for (const { span, message } of situations(norm, sentence, unannounced)) add(span, message);
    return hits.sort((a, b) => a.start - b.start);
  },
};
