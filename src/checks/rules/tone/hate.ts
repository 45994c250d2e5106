import { words, type NormalizedText, type Word } from '../../normalize';
import type { Rule } from '../../rule';
import { stripClitic } from '../../tone/phrases';
import { wordSpan } from './shared';

/** Slurs for a religion, ethnicity, race or group: derogatory whatever the sentence says. */
const SLURS = new Set([
  'aseng', 'cokin', 'kadrun', 'cebong', 'kecebong', 'cebonger', 'kampreter', 'nigger', 'nigga', 'kapir', 'kafirun', 'kopar', 'munafikun',
  'cinaisasi', 'ahoker', 'jokower', 'togog', 'sengkuni', 'dajjal', 'thaghut', 'taghut', 'kafirin', 'jokodok', 'prabohong', 'panasbung', 'panastak',
  'radikul', 'ahokers', 'jokowers',
]);

/**
 * Words that are slurs only as a label thrown at someone: "kafir" is also a term of religious
 * teaching ("orang-orang kafir" in a quoted verse), "onta" also a camel ("naik onta").
 */
const LABELS = new Set(['kafir', 'onta', 'unta']);
const LABEL_CUE = new Set([
  'dasar', 'si', 'bani', 'antek', 'lu', 'lo', 'loe', 'elu', 'elo', 'kau', 'kamu', 'dia', 'agama', 'otak', 'kencing', 'kayak', 'kaya', 'kek',
  'negara', 'didanai', 'pemimpin', 'bela', 'pro', 'bin', 'punuk', 'ketek', 'pantat', 'pipis', 'mulut', 'muka', 'tampang', 'kalian', 'mereka', 'ente', 'antum', 'rezim', 'pendukung', 'bau',
]);
/** Throwing-at cues: "dasar …", "si …", "lu …", "kayak …". */
const THROWN = ['dasar', 'si', 'lu', 'lo', 'loe', 'elu', 'elo', 'kau', 'kamu', 'kalian', 'mereka', 'ente', 'kayak', 'kek', 'antek'];
/**
 * Words that are a slur only after a cue: "dasar Cina", "anak PKI", "dasar sipit"; "Pemerintah China",
 * "Partai Komunis" and "mata sipit" in a description are not.
 */
const CUED = new Map<string, ReadonlySet<string>>([
  ['cina', new Set(THROWN)],
  ['china', new Set(THROWN)],
  ['sipit', new Set(['dasar', 'si', 'kayak', 'kek'])],
  ['murtad', new Set(THROWN.filter((w) => w !== 'antek'))],
  ['pki', new Set([...THROWN, 'anak', 'keturunan', 'pendukung', 'rezim', 'ala', 'bangkitnya', 'kader', 'neo'])],
  ['komunis', new Set([...THROWN, 'antek', 'rezim', 'pendukung', 'ala', 'neo'])],
]);
/** What follows "antek" to make it a slur ("antek asing", "antek PKI"); "antek penjajah Belanda" in a history post is not. */
const ANTEK_OF = new Set(
  'asing aseng cina china pki komunis yahudi zionis amerika barat rezim kapitalis liberal wahabi mafia partai jokowi ahok cukong taipan'.split(' '),
);

/** Nouns that name a religion, ethnicity, race or group of people (SARA). */
const GROUPS = new Set(
  ('islam muslim muslimin kristen kristiani nasrani katolik protestan hindu buddha budha buddhis konghucu khonghucu yahudi zionis ateis atheis ' +
    'syiah shia kafir ahmadiyah wahabi salafi hti fpi umat agama cina china tionghoa nonpribumi keturunan arab batak bugis minang dayak betawi pribumi bule negro lgbt gay lesbian ' +
    'waria transgender komunis pki pendatang imigran alquran quran injil alkitab allah nabi rasul rasulullah kristus yesus ' +
    'jews muslims christians blacks immigrants').split(' '),
);
/** Regions that also name their people: a group only after "orang", "suku", "warga" … ("orang Madura", not "pantai Bali"). */
const REGIONS = new Set('jawa sunda papua ambon madura padang bali aceh flores timor nias'.split(' '));
const PEOPLE = new Set('orang suku etnis bangsa kaum dasar warga masyarakat'.split(' '));

/** Stereotypes said politely of a people: "susah maju", "suka menipu", "(tidak bisa) dipercaya". */
const STEREOTYPE_HEAD = new Set('susah sulit suka doyan hobi'.split(' '));
const STEREOTYPE_TAIL = new Set('maju diatur dipercaya berubah menipu curang mencuri berbohong ribut onar rusuh dimajukan'.split(' '));
/** "saudara kita dari X", "pedagang asal X": a people named by where it comes from. */
const ORIGIN_PEOPLE = new Set('kita orang warga pedagang pendatang saudara masyarakat suku etnis kaum perantau'.split(' '));

/** Hostile descriptions that dehumanise or condemn a whole group ("… itu anjing", "… semua penipu"). */
const DESCRIPTIONS = new Set(
  ('binatang hewan anjing babi monyet kera tikus sampah najis kotor jorok sesat laknat terkutuk biadab penjajah pencuri maling penipu licik ' +
    'teroris hama virus penyakit parasit pemalas malas bodoh goblok tolol bego bangsat bajingan keparat kafir jahat busuk hina ' +
    'terbelakang primitif menjijikkan perusak perampas pengkhianat antek kampungan kriminal munafik rasis penista bejat bejad setan syetan iblis ' +
    'membunuhi membantai menindas menjajah merampok memperbudak dungu murtad zalim zolim zholim dzalim dholim lalim biadab keji pembohong pendusta penghianat pengkhianat ' +
    'animals dirty terrorists').split(' '),
);

/** Calls to act against a group ("usir …", "bunuh …", "ganyang …"). */
const ACTIONS = new Set(
  ('boikot penggal penggallah gantung bubarkan usir usirlah bunuh bunuhlah basmi basmilah bantai musnahkan ganyang habisi hancurkan perangi bakar serang tumpas enyahkan singkirkan buang ' +
    'membuang ' +
    'kill expel').split(' '),
);

/** What a group "must" suffer ("… harus diusir", "… layak mati"). */
const MUST = new Set(['harus', 'wajib', 'mesti', 'layak', 'pantas', 'perlu', 'should', 'must']);
const DONE_TO = 'diusir dibunuh dibasmi dibantai dimusnahkan dihabisi dibakar diganyang ditumpas disingkirkan dienyahkan killed'.split(' ');
const SUFFER = new Set([...DONE_TO, ...'mati mampus pergi enyah minggat die'.split(' ')]);
/** Harm done to a group, stated outright ("… diusir paksa", "… di usir"). */
const PASSIVE_HARM = new Set(DONE_TO);

/** Words that may sit between a group and its predicate without changing who is meant. */
const FILLER = new Set(
  ('itu ini memang emang adalah semua semuanya pasti tuh mah sih kok selalu cuma hanya yang orang para si dasar kaum bangsa ras suku etnis kitab sebenarnya sebagai are is all ' +
    'yg ni tu emg mmg jg juga sangat paling makin semakin terlalu kayak kaya kek seperti bagai bagaikan mirip sejatinya ternyata').split(' '),
);
const NEGATION = new Set(['bukan', 'tidak', 'tak', 'jangan', 'tdk', 'gak', 'nggak', 'bkn', 'not', 'never', 'no']);

function base(word: Word): string {
  return stripClitic(word.text);
}

/** The end (exclusive word index) of a hostile predicate about the group at `i`, or -1. */
function hostileAfter(list: readonly Word[], i: number): number {
  let k = i + 1;
  while (k < list.length && k - i <= 3 && (FILLER.has(list[k]!.text) || GROUPS.has(list[k]!.text) || REGIONS.has(list[k]!.text))) k++;
  const word = list[k];
  if (!word || NEGATION.has(list[k - 1]!.text)) return -1;
  if (DESCRIPTIONS.has(base(word)) || PASSIVE_HARM.has(word.text)) return k + 1;
  const next = list[k + 1];
  // A polite stereotype: "… memang susah maju", "… suka menipu", "… tidak bisa dipercaya".
  if (next && STEREOTYPE_HEAD.has(word.text) && STEREOTYPE_TAIL.has(next.text)) return k + 2;
  if (next && (word.text === 'tidak' || word.text === 'gak' || word.text === 'tak') && next.text === 'bisa' && STEREOTYPE_TAIL.has(list[k + 2]?.text ?? '')) return k + 3;
  // "di usir": the passive prefix written apart, as chat often does.
  if (word.text === 'di' && next && ACTIONS.has(next.text)) return k + 2;
  if (MUST.has(word.text) && next && SUFFER.has(next.text)) return k + 2;
  return -1;
}

/** Words between a call to act and its target that keep the target the same ("usir penjajah Cina"). */
const BETWEEN_ACTION = new Set(['saja', 'aja', 'semua', 'penjajah', 'antek', 'kaum']);

/** The start of a call to act against the group at `i` ("bunuh saja orang …"), or -1. */
function actionBefore(list: readonly Word[], i: number): number {
  let k = i - 1;
  while (k >= 0 && i - k <= 3 && (FILLER.has(list[k]!.text) || BETWEEN_ACTION.has(list[k]!.text))) k--;
  if (k < 0 || !ACTIONS.has(list[k]!.text)) return -1;
  return k > 0 && NEGATION.has(list[k - 1]!.text) ? -1 : k;
}

/** A hostile label right before the group ("teroris Budha", "penjajah Cina"), or -1. */
function labelBefore(list: readonly Word[], i: number): number {
  const k = i - 1;
  if (k < 0 || !DESCRIPTIONS.has(base(list[k]!))) return -1;
  return k > 0 && NEGATION.has(list[k - 1]!.text) ? -1 : k;
}

/** "kafir" or "onta" thrown at someone: after an insult cue, next to a group, or before a hostile word. */
function isLabel(list: readonly Word[], i: number): boolean {
  const before = list[i - 1]?.text;
  const after = list[i + 1];
  if (before !== undefined && (LABEL_CUE.has(before) || GROUPS.has(before))) return true;
  return after !== undefined && (DESCRIPTIONS.has(base(after)) || GROUPS.has(after.text));
}

/** A person, an official, an office or an organisation: the target of a personal attack ("rezim ini pembohong", "lu antek"). */
export const TARGETS = new Set(
  ('lu lo loe elu elo kau engkau kamu dia mereka kalian anda ente antum situ ' +
    'jokowi jkw ahok prabowo anies sandi presiden rezim pemerintah pemerintahan penguasa pemimpin gubernur menteri pejabat ' +
    'dpr mpr kpk polri polisi aparat partai pdip gerindra pks ormas ' +
    'sby megawati jk kalla fahri fadli amien rizieq ahy wowo pakde jokowow golkar demokrat nasdem hanura psi pkb ppp hti fpi ' +
    'ulama habib ustadz ustad kyai kiai mui tni wakil').split(' '),
);
/** Insults that need no swear word: lying, betrayal, tyranny, servility. */
const INSULTS = new Set(
  ('pembohong pendusta pembual pengkhianat penghianat penipu antek boneka munafik sesat kafir murtad zalim zolim zholim dzalim dholim lalim ' +
    'diktator tiran otoriter penista biadab pengecut pecundang licik busuk culas sengkuni firaun dajjal thaghut taghut rakus serakah ' +
    'maling rampok perampok perampas garong koruptor budak pesuruh cukong tamak hitler binatang hewan setan iblis planga plonga ngibul songong arogan keji bejat laknat terkutuk najis sampah ' +
    'hina pki kampret cebong kadrun onta bodoh tolol goblok dungu bego pembodohan pencitraan ' +
    'korup payah nyinyir ngaco ngawur sombong lebay sinting pikun mabok plinplan mencla ngeles pemecah provokator ' +
    'penjilat pengadu penghasut penghina pemfitnah dusta preman mafia').split(' '),
);
/**
 * Crimes: an insult when pinned on an official or an office ("rezim maling"), but police and KPK posts say
 * them of suspects ("dia penipu yang sudah lama diburu"), so not after a pronoun.
 */
const CRIMES = new Set('penipu maling rampok perampok perampas garong koruptor mafia preman'.split(' '));
const PRONOUNS = new Set('lu lo loe elu elo kau engkau kamu dia mereka kalian anda ente antum situ'.split(' '));
/** Insults strong enough to reach their target across a few words ("Jokowi itu dari dulu pembohong"). */
const STRONG = new Set(
  'pembohong pendusta pengkhianat penghianat munafik zalim zolim zholim dzalim dholim antek pecundang sengkuni firaun dajjal thaghut taghut murtad cebong kampret kadrun'.split(
    ' ',
  ),
);
/** Insults that may come before their target ("biadab rezim ini"): not animals, which name the animal as often. */
const BEFORE_TARGET = new Set([...INSULTS].filter((w) => !'binatang hewan setan iblis sampah'.split(' ').includes(w)));
/** Words between a target and the insult that keep the same target ("presiden kita memang pembohong"). */
const TARGET_FILLER = new Set(
  ('itu ini tuh memang emang adalah ialah yg yang kita kami sendiri ya pun juga jg sudah udah sdh makin semakin paling sangat terlalu banget ' +
    'cuma hanya cuman si sih mah kok lah dasar benar bener jelas nyata jadi jd sebagai tukang raja sejatinya sebenarnya ternyata ' +
    'seperti kayak kaya kek mirip bagai bagaikan semua semuanya').split(' '),
);
/** "Anti" of a faith: "anti Islam", "anti ulama". */
const ANTI_OF = new Set('islam muslim ulama agama umat kristen katolik hindu buddha budha'.split(' '));
/** Calls to bring down or disband a target ("lengserkan Jokowi", "bubarkan DPR"). */
const CALLS = new Set('lengserkan turunkan gulingkan makzulkan bubarkan penjarakan adili gantung tembak usir'.split(' '));
/** What a target "must" suffer ("harus dibubarkan"). */
const TARGET_DONE = new Set('dibubarkan dilengserkan digulingkan dimakzulkan dipenjara dipenjarakan diusir dibunuh digantung ditembak dihukum'.split(' '));
/** Insults whose superlative ("terbusuk", "terbodoh") is an insult; "tersesat" (lost) and "terhina" (insulted) are not. */
const SUPERLATIVE = new Set('busuk bodoh bego goblok tolol dungu munafik licik culas rakus serakah zalim bejat keji jahat korup payah'.split(' '));
/** What a person is insulted for not being ("tidak becus", "bukan manusia") or not having ("gak punya otak"). */
const DENIED = new Set(['becus', 'manusia', 'berotak']);
const LACKED = new Set(['otak', 'malu', 'hati', 'akal', 'adab']);
/** Calls to overthrow that need no target next to them ("jokowi kita lengserkan"). */
const OVERTHROW = new Set('lengserkan lengserkanlah gulingkan makzulkan'.split(' '));
/** Words between a call and its target ("bubarkan aja DPR"). */
const CALL_FILLER = new Set('saja aja sj semua si itu ini'.split(' '));
/** Faith traded or hijacked for gain: "penjual agama", "penunggang agama". */
const AGAMA_ABUSER = new Set('penjual penunggang pembajak pedagang'.split(' '));
/** "Bani …" as political name-calling ("bani taplak"); "Bani Israil" or a family's "Bani Abdullah" reunion is not. */
const BANI_SLUR = new Set('taplak serbet kotak micin onta unta cebong kampret kadrun daster sumbu salib kafir'.split(' '));

/** Whether the text between two words holds punctuation that ends a clause. */
function clauseBreak(original: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (BREAKS.includes(original[k]!)) return true;
  return false;
}
const BREAKS = '.,;:!?()';

/** The end of an insult aimed at the target at `i` ("rezim ini pembohong", "gak becus"), or -1. */
function insultAfter(list: readonly Word[], i: number, original: string): number {
  let k = i + 1;
  while (k < list.length && k - i <= 3 && TARGET_FILLER.has(list[k]!.text)) k++;
  const word = list[k];
  if (!word) return -1;
  const negated = NEGATION.has(list[k - 1]!.text);
  const insult = INSULTS.has(word.text) ? word.text : INSULTS.has(base(word)) ? base(word) : undefined;
  if (!negated && insult !== undefined && !(CRIMES.has(insult) && PRONOUNS.has(list[i]!.text))) {
    return insult === 'antek' && ANTEK_OF.has(list[k + 1]?.text ?? '') ? k + 2 : k + 1;
  }
  // "tidak becus", "gak waras", "bukan manusia": incompetent, mad, or not human, said of a person.
  if (NEGATION.has(word.text) && DENIED.has(list[k + 1]?.text ?? '')) return k + 2;
  // "gak punya otak", "tidak punya malu".
  if (NEGATION.has(word.text) && list[k + 1]?.text === 'punya' && LACKED.has(list[k + 2]?.text ?? '')) return k + 3;
  // "tidak tahu malu".
  if (NEGATION.has(word.text) && (list[k + 1]?.text === 'tahu' || list[k + 1]?.text === 'tau') && list[k + 2]?.text === 'malu') return k + 3;
  // "DPR harus dibubarkan", "Jokowi wajib dilengserkan", "… yang di bubarkan".
  const after = list[k + 1]?.text;
  if (MUST.has(word.text) && after !== undefined && TARGET_DONE.has(after)) return k + 2;
  if (word.text === 'di' && after !== undefined && CALLS.has(after)) return k + 2;
  // "DPR terbusuk", "menteri terbodoh": the superlative of an insult.
  if (word.text.startsWith('ter') && !negated && SUPERLATIVE.has(word.text.slice(3))) return k + 1;
  for (let j = k; j < list.length && j - i <= 5; j++) {
    // A denial ("dia bukan antek") or a clause break ends the reach.
    if (NEGATION.has(list[j]!.text) || clauseBreak(original, list[j - 1]!.end, list[j]!.start)) break;
    if (STRONG.has(list[j]!.text)) return list[j]!.text === 'antek' && ANTEK_OF.has(list[j + 1]?.text ?? '') ? j + 2 : j + 1;
  }
  return -1;
}

/** Insults that name a faith or a political camp: thrown at anyone, they are SARA hate. */
const SARA_LABELS = new Set('kafir murtad pki kadrun cebong kampret onta sesat'.split(' '));

const CLITIC_FORMS = ['nya', 'lah', 'kah', 'mu', 'ku', 'pun'];
/** Slurs with a clitic attached ("kadrunnya"), precomputed so the scan is one lookup per word. */
const SLUR_FORMS = new Set([...SLURS].flatMap((slur) => [slur, ...CLITIC_FORMS.map((c) => slur + c)]));
/** Targets with "nya" ("presidennya", "rezimnya"). */
for (const target of [...TARGETS]) if (target.length > 3) TARGETS.add(target + 'nya');
/** Every word that can start a hit; all others are skipped with one lookup. */
const ANCHORS = new Set([
  ...SLUR_FORMS, ...LABELS, ...CUED.keys(), 'antek', 'bani', 'sumbu', 'anti', ...TARGETS, ...OVERTHROW, ...AGAMA_ABUSER, ...GROUPS, ...REGIONS,
]);

/** One hostile passage: SARA hate against a group, or a personal attack on a person, official or office. */
export interface HostileSpan {
  start: number;
  end: number;
  personal: boolean;
}

function hateHit(list: readonly Word[], from: number, to: number, personal = false): HostileSpan {
  return { ...wordSpan(list, from, to), personal };
}

const scans = new WeakMap<NormalizedText, HostileSpan[]>();

/**
 * Who is attacked, read once per draft for tone.hate and tone.insult: a group by what it is
 * (religion, ethnicity, race, affiliation), or a person, official or office.
 */
export function hostileSpans(norm: NormalizedText): HostileSpan[] {
  const known = scans.get(norm);
  if (known) return known;
  const found = scan(norm);
  scans.set(norm, found);
  return found;
}

function scan(norm: NormalizedText): HostileSpan[] {
  const list = words(norm);
  const hits: HostileSpan[] = [];
  let covered = -1;
  for (let i = 0; i < list.length; i++) {
    if (i < covered) continue;
    const word = list[i]!.text;
    // A people named by origin ("saudara kita dari Madura", "pedagang asal Padang") and then stereotyped.
    const prior = list[i - 1]?.text;
    if ((prior === 'dari' || prior === 'asal') && ORIGIN_PEOPLE.has(list[i - 2]?.text ?? '') && /^\p{Lu}/u.test(norm.original.slice(list[i]!.start, list[i]!.start + 1))) {
      const end = hostileAfter(list, i);
      if (end > 0) {
        hits.push(hateHit(list, i - 2, end));
        covered = end;
        continue;
      }
    }
    if (!ANCHORS.has(word)) continue;
    if (
      SLUR_FORMS.has(word) ||
      (LABELS.has(word) && isLabel(list, i)) ||
      (i > 0 && CUED.get(word)?.has(list[i - 1]!.text)) ||
      (word === 'antek' && i + 1 < list.length && ANTEK_OF.has(list[i + 1]!.text) && !(i > 0 && NEGATION.has(list[i - 1]!.text)))
    ) {
      // "antek asing": the slur is the pair.
      const to = word === 'antek' && i + 1 < list.length && ANTEK_OF.has(list[i + 1]!.text) ? i + 2 : i + 1;
      hits.push(hateHit(list, i, to));
      covered = to;
      continue;
    }
    if (TARGETS.has(word)) {
      const end = insultAfter(list, i, norm.original);
      let c = i - 1;
      while (c > 0 && i - c <= 2 && CALL_FILLER.has(list[c]!.text)) c--;
      const call = c >= 0 && CALLS.has(list[c]!.text) ? c : i > 0 && BEFORE_TARGET.has(list[i - 1]!.text) ? i - 1 : -1;
      if (end > 0 || call >= 0) {
        const from = call >= 0 ? call : i;
        const to = end > 0 ? end : i + 1;
        // A religious or group label thrown at a leader ("pemimpin kafir") is SARA hate, not a personal insult.
        const sara = list.slice(from, to).some((w) => SARA_LABELS.has(base(w)));
        hits.push(hateHit(list, from, to, !sara));
        covered = end > 0 ? end : i + 1;
        continue;
      }
    }
    // "cina cina", "cina2": the reduplicated name of a people as a sneer.
    if ((word === 'cina' || word === 'china') && list[i + 1]?.text === word) {
      hits.push(hateHit(list, i, i + 2));
      covered = i + 2;
      continue;
    }
    if (OVERTHROW.has(word)) {
      let end = i + 1;
      while (end < list.length && end - i <= 2 && CALL_FILLER.has(list[end]!.text)) end++;
      end = end < list.length && TARGETS.has(list[end]!.text) ? end + 1 : i + 1;
      hits.push(hateHit(list, i, end, true));
      covered = end;
      continue;
    }
    const next = list[i + 1]?.text;
    if ((word === 'bani' && next !== undefined && BANI_SLUR.has(next)) || (word === 'sumbu' && next === 'pendek') || (AGAMA_ABUSER.has(word) && next === 'agama')) {
      hits.push(hateHit(list, i, i + 2));
      covered = i + 2;
      continue;
    }
    if (word === 'anti' && i + 1 < list.length && ANTI_OF.has(list[i + 1]!.text)) {
      hits.push(hateHit(list, i, i + 2));
      covered = i + 2;
      continue;
    }
    if (!GROUPS.has(word) && !(REGIONS.has(word) && i > 0 && PEOPLE.has(list[i - 1]!.text))) continue;
    const call = actionBefore(list, i);
    const before = call >= 0 ? call : labelBefore(list, i);
    if (before >= 0) {
      hits.push(hateHit(list, before, i + 1));
      covered = i + 1;
      continue;
    }
    const end = hostileAfter(list, i);
    if (end > 0) {
      hits.push(hateHit(list, i, end));
      covered = end;
    }
  }
  return hits;
}

export const hateRule: Rule = {
  id: 'tone.hate',
  category: 'tone',
  defaultSeverity: 'warn',
  description: {
    id: 'Ujaran kebencian SARA: sebutan menghina untuk suatu kelompok, atau kelompok (agama, suku, ras, golongan) yang disebut hina, dibinatangkan, distereotipkan, atau diajak untuk diusir/dibasmi. Serangan pada orang atau pejabat ada di tone.insult. Sekadar menyebut kelompok tidak ditandai.',
    en: 'SARA hate speech: a slur for a group, or a group (religion, ethnicity, race, affiliation) called vile, likened to animals, stereotyped, or targeted for expulsion or violence. Attacks on a person or official are tone.insult. A plain mention of a group is not flagged.',
  },
  reason: {
    id: 'Menyebarkan kebencian atau permusuhan berdasarkan SARA dilarang UU ITE (Pasal 28 ayat 2) dan bertentangan dengan tugas humas pemerintah menjaga kerukunan.',
    en: 'Spreading hatred or hostility on SARA grounds is prohibited by the ITE Law (Art. 28(2)) and contrary to government communicators’ duty to keep social harmony.',
  },
  check({ norm }) {
    return hostileSpans(norm)
      .filter((span) => !span.personal)
      .map(({ start, end }) => {
        const found = norm.original.slice(start, end);
        return {
          start,
          end,
          message: {
            id: `“${found}” merendahkan atau memusuhi kelompok berdasarkan suku, agama, ras atau antargolongan (SARA), yang dilarang UU ITE Pasal 28 ayat (2). Hapus; sampaikan pesan tanpa menyasar kelompok.`,
            en: `“${found}” demeans or attacks a group by ethnicity, religion, race or affiliation (SARA), prohibited by the ITE Law Art. 28(2). Remove it; make the point without targeting a group.`,
          },
        };
      });
  },
};
