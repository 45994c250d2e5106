import { leetView, toOriginal } from '../../normalize';
import type { Hit, Rule } from '../../rule';
import type { Suggestion } from '../../types';
import { near } from './shared';
import { namedPeople } from './situation';

/**
 * The situation that makes a person's identity protected: sexual violence or trafficking (the
 * offence, the victim's services such as UPTD PPA), or a child in conflict with the law (a minor
 * offender, Bapas, LPKA). The person is then anyone identified near it by name, address or school.
 */
const PROTECTED =
  /(?<![a-z])(?:korban (?:pencabulan|pemerkosaan|perkosaan|rudapaksa|kekerasan seksual|pelecehan|persetubuhan|asusila|eksploitasi seksual|perdagangan orang|tppo|sodomi|inses)|pencabulan|pemerkosaan|perkosaan|rudapaksa|pelecehan(?: seksual)?|kekerasan seksual|persetubuhan|asusila|eksploitasi seksual|perdagangan orang|tppo|tpks|sodomi|inses|cabul|dicabuli|diperkosa|dirudapaksa|disetubuhi|dilecehkan|uptd ppa|p2tp2a|unit ppa|anak (?:yang )?(?:berhadapan|berkonflik) dengan hukum|anak pelaku|pelaku anak|(?:pelaku|tersangka)(?: [a-z]+){0,3} (?:yang )?masih di ?bawah umur|abh|bapas|lpka|anak korban|anak saksi|anak di ?bawah umur)(?![a-z])/g;
const WINDOW = 200;
/** Words that make a named person the subject of the case. */
const ROLE_NEAR = /(?<![a-z])(?:korban(?:nya)?|pelaku|tersangka|anak (?:korban|pelaku|saksi))(?![a-z])/;

/** Words that introduce a full name; the name itself is read from the original's capitals. */
const NAME_CUE = /(?<![a-z])(?:bernama|namanya|nama lengkap(?:nya)?|nama|atas nama|yakni|yaitu|adalah|adik|ananda|siswi|siswa)[ \t:]{1,3}/g;
const FULL_NAME = /^\p{Lu}\p{Ll}{2,}(?:[ \t]\p{Lu}\p{Ll}{2,}){0,3}/u;
const AGED_NAME = /(?<!\p{L})(\p{Lu}\p{Ll}{2,}(?: \p{Lu}\p{Ll}{2,}){0,3}) ?\(\d{1,2}(?: ?th| tahun)?\)/gu;
/** Capitalised words that head a sentence about the case rather than name anyone: "Korban (15)". */
const NOT_A_NAME = /^(?:Korban|Pelaku|Anak|Siswi|Siswa|Tersangka|Remaja|Bocah|Gadis|Warga|Ibu|Bapak|Ayah|Saksi|Balita)(?!\p{L})/u;
/** "Bunga (nama samaran)": a pseudonym is how a victim should be named. */
const PSEUDONYM = /^[ \t,]*\(?(?:bukan nama sebenarnya|nama samaran|samaran|nama disamarkan)/;

/** Address and school: "beralamat di Jl. Melati No. 5", "RT 03/RW 05", "siswi SMPN 2 Bantul". */
const ADDRESS =
  /(?<![a-z])(?:(?:(?:beralamat|alamat(?:nya)?)(?: di)?|(?:tinggal|rumahnya) di)[ \t:]{1,3}[^,;\n]{3,60}|(?:jl\.?|jalan|gg\.?|gang) \S{2,40}(?: no\.? ?\d{1,4})?|rt\.? ?\d{1,3} ?\/ ?rw\.? ?\d{1,3})/g;
/** A full stop that ends the sentence, not one after "Jl.", "No." or "Kec.". */
const SENTENCE_END = /(?<!(?<![a-z])(?:jl|no|gg|kel|kec|ds|rt|rw|kab))\.\s/;
const STREET = /^(?:jl\.?|jalan|gg\.?|gang) /;
const SCHOOL =
  /(?<![a-z])(?:siswa|siswi|murid|pelajar|santri|santriwati)(?: kelas [a-z0-9]{1,5})?(?: di)? (?:sd negeri|smp negeri|sma negeri|smk negeri|sdn|smpn|sman|smkn|mtsn|sd|smp|sma|smk|mts|man|sekolah|pondok pesantren|ponpes)(?![a-z])(?: [a-z0-9]{1,20})?(?: [a-z0-9]{1,20})?/g;

const HONORIFIC_WORD = /^(?:pak|bu|bapak|ibu|bpk|ny|tn|nn|sdr|sdri|adik|dik|ananda|mbak|mas|kak)\.?$/i;

/** "Siti Aminah" → "SA", "Ny. Wulan" → "Ny. W": the way the press names a protected person. */
function initials(name: string): Suggestion {
  const parts = name.split(/\s+/).filter((word) => word !== '');
  const kept = parts.length > 1 && HONORIFIC_WORD.test(parts[0]!) ? `${parts.shift()} ` : '';
  const letters = parts.map((word) => word.charAt(0).toUpperCase()).join('');
  return { replacement: kept + letters, label: { id: 'Ganti dengan inisial', en: 'Use initials instead' } };
}

const MESSAGE = {
  id: 'Identitas anak yang berhadapan dengan hukum atau korban kekerasan seksual (nama, alamat, sekolah) wajib dirahasiakan (UU 11/2012 SPPA Pasal 19; UU 12/2022 TPKS; UU 14/2008 Pasal 17 huruf a). Pakai inisial dan jangan sebut alamat atau sekolah.',
  en: 'The identity of a child in conflict with the law or a victim of sexual violence (name, address, school) must be kept confidential (Law 11/2012 SPPA Art. 19; Law 12/2022 TPKS; Law 14/2008 Art. 17(a)). Use initials and leave out the address and school.',
};

export const victimIdentityRule: Rule = {
  id: 'classified.victim-identity',
  category: 'classified',
  defaultSeverity: 'block',
  description: {
    id: 'Nama lengkap, alamat, atau sekolah di dekat kata seperti "korban pencabulan", "korban kekerasan seksual", "anak pelaku", "ABH". Inisial dan nama samaran tidak ditandai.',
    en: 'Full names, addresses or schools near words like "korban pencabulan", "korban kekerasan seksual", "anak pelaku", "ABH". Initials and pseudonyms are left alone.',
  },
  reason: {
    id: 'UU SPPA Pasal 19 mewajibkan identitas anak, anak korban, dan anak saksi dirahasiakan; UU TPKS melindungi kerahasiaan identitas korban.',
    en: 'Law 11/2012 (SPPA) Art. 19 requires the identities of child offenders, victims and witnesses to be kept secret; Law 12/2022 (TPKS) protects victims’ identities.',
  },
  check({ norm }) {
    const view = leetView(norm);
    const contexts = Array.from(view.matchAll(PROTECTED), (m) => m.index);
    if (contexts.length === 0) return [];
    const hits: Hit[] = [];
    const nearOriginal = contexts.map((at) => norm.offsets[at]!);
    // A name can be cued twice ("bernama Siti Aminah (15)"): report it once.
    const reported = new Set<number>();
    const addOriginal = (from: number, to: number, suggestion?: Suggestion) => {
      if (!near(nearOriginal, from, WINDOW) || reported.has(from) || hits.some((h) => h.start < to && from < h.end)) return;
      reported.add(from);
      hits.push({ start: from, end: to, message: MESSAGE, ...(suggestion ? { suggestion } : {}) });
    };
    const add = (start: number, end: number, suggestion?: Suggestion) => {
      const [from, to] = toOriginal(norm, start, end);
      addOriginal(from, to, suggestion);
    };
    const asInitials = (from: number, to: number) => initials(norm.original.slice(from, to));
    for (const match of view.matchAll(NAME_CUE)) {
      const nameStart = match.index + match[0].length;
      const at = norm.offsets[nameStart]!;
      const name = FULL_NAME.exec(norm.original.slice(at, at + 80));
      if (!name) continue;
      let end = nameStart;
      while (end < view.length && norm.offsets[end]! < at + name[0].length) end++;
      if (PSEUDONYM.test(view.slice(end, end + 30))) continue;
      add(nameStart, end, asInitials(at, at + name[0].length));
    }
    for (const match of view.matchAll(ADDRESS)) {
      // "di jalan sepi" is no address; "Jl. Melati" and "Jalan 17 Agustus" are.
      const street = STREET.exec(match[0]);
      if (street) {
        const after = norm.offsets[match.index + street[0].length]!;
        if (!/^[\p{Lu}\d]/u.test(norm.original.slice(after, after + 1))) continue;
      }
      add(match.index, match.index + match[0].split(SENTENCE_END)[0]!.trimEnd().length);
    }
    for (const match of view.matchAll(SCHOOL)) add(match.index, match.index + match[0].trimEnd().length);
    // Named people as the topic rules read them (honorific + name, name with age or class), on the
    // folded text, so a name broken by zero-width characters is still one name.
    for (const person of namedPeople(norm, { start: 0, end: view.length })) {
      // The person must be the one the case is about: given with age or class, or next to "korban", "pelaku" …
      const detailed = /^[ \t]*(?:\(\d|,?[ \t]+kelas)/.test(view.slice(person.end, person.end + 12));
      const role = ROLE_NEAR.test(view.slice(Math.max(0, person.start - 40), person.end + 40));
      if (!detailed && !role) continue;
      const [from, to] = toOriginal(norm, person.start, person.end);
      add(person.start, person.end, asInitials(from, to));
    }
    // News style: "Siti Aminah (15)", a full name followed by the age.
    for (const match of norm.original.matchAll(AGED_NAME)) {
      const end = match.index + match[0].length;
      if (NOT_A_NAME.test(match[0]) || PSEUDONYM.test(norm.original.slice(end, end + 30).toLowerCase())) continue;
      addOriginal(match.index, match.index + match[1]!.length, asInitials(match.index, match.index + match[1]!.length));
    }
    return hits;
  },
};
