import { leetView, toOriginal } from '../../normalize';
import type { Hit, Rule } from '../../rule';
import type { LocalizedText } from '../../types';
import { near } from './shared';

/** Topics UU 14/2008 Pasal 17 exempts from disclosure, each with the phrases that give it away. */
interface Topic {
  pattern: RegExp;
  message: LocalizedText;
}

const TOPICS: readonly Topic[] = [
  {
    pattern:
      /(?<![a-z])(?:berita acara pemeriksaan|isi bap|hasil penyidikan sementara|rencana (?:penangkapan|penggerebekan|penggeledahan|penyergapan)|target operasi|identitas (?:pelapor|informan|saksi)|nama (?:pelapor|informan|saksi kunci)|data intelijen|lokasi persembunyian)(?![a-z])/g,
    message: {
      id: 'Rincian penegakan hukum yang sedang berjalan (penyidikan, rencana penindakan, identitas pelapor/saksi) dikecualikan dari keterbukaan (UU 14/2008 Pasal 17 huruf a).',
      en: 'Details of ongoing law enforcement (investigation, planned action, identity of informants or witnesses) are exempt from disclosure (Law 14/2008 Art. 17(a)).',
    },
  },
  {
    pattern:
      /(?<![a-z])(?:rencana operasi militer|(?:posisi|koordinat|disposisi|dislokasi|pergerakan) (?:pasukan|alutsista|kapal perang|satuan tempur|personel tni)|strategi pertahanan|sistem persandian|denah (?:pangkalan|markas|mako|instalasi militer)|(?:rute|jadwal) (?:patroli|pengawalan vvip|pengamanan vvip|perjalanan presiden))(?![a-z])/g,
    message: {
      id: 'Informasi operasi, kekuatan, atau instalasi pertahanan dan keamanan negara dikecualikan dari keterbukaan (UU 14/2008 Pasal 17 huruf c).',
      en: 'Information on defence and security operations, forces or installations is exempt from disclosure (Law 14/2008 Art. 17(c)).',
    },
  },
  {
    pattern:
      /(?<![a-z])(?:rencana awal (?:pembelian|penjualan|perubahan|kenaikan|penurunan|investasi)|bocoran (?:kebijakan|suku bunga|kenaikan|tarif|harga|kurs)|(?:perubahan|kenaikan|penurunan) (?:suku bunga|nilai tukar|kurs|tarif pajak)(?: yang)? belum diumumkan|hasil pengawasan (?:bank|perbankan|asuransi|lembaga keuangan)|proses pencetakan uang)(?![a-z])/g,
    message: {
      id: 'Rencana kebijakan ekonomi dan moneter yang belum diumumkan dapat merugikan ketahanan ekonomi nasional dan dikecualikan (UU 14/2008 Pasal 17 huruf e).',
      en: 'Unannounced economic or monetary plans can harm national economic resilience and are exempt from disclosure (Law 14/2008 Art. 17(e)).',
    },
  },
  {
    pattern:
      /(?<![a-z])(?:nota dinas internal|memo(?:randum)? internal|surat internal|dokumen internal|draft? belum final|rancangan belum final|hanya untuk (?:kalangan )?(?:internal|sendiri|terbatas)|tidak untuk (?:disebarluaskan|dipublikasikan|diedarkan)|for internal use only|internal use only|not for distribution)(?![a-z])/g,
    message: {
      id: 'Memo dan surat internal badan publik yang menurut sifatnya dirahasiakan, serta draf yang belum final, jangan dipublikasikan (UU 14/2008 Pasal 17 huruf i).',
      en: 'Internal memos and letters that are confidential by nature, and drafts not yet final, should not be published (Law 14/2008 Art. 17(i)).',
    },
  },
];

const MEDICAL = /(?<![a-z])(?:rekam medis|riwayat penyakit|hasil (?:tes|uji|lab|laboratorium|rontgen|pemeriksaan|swab|pcr)|diagnosis|diagnosa|positif (?:hiv|covid|narkoba)|odgj|gangguan jiwa|mengidap)(?![a-z])/g;
/** A named person: "atas nama Budi", "pasien bernama Sari", "Bapak Ahmad". */
const PERSON = /(?<![a-z])(?:atas nama|a\.n\.?|bernama|pasien|bapak|bpk\.?|ibu|sdr\.?|sdri\.?|saudara|saudari|tn\.?|ny\.?)[ \t:]{1,3}/g;
const NAME = /^\p{Lu}\p{Ll}{2,}/u;
const MEDICAL_WINDOW = 80;

const MEDICAL_MESSAGE: LocalizedText = {
  id: 'Data kesehatan orang yang disebut namanya adalah rahasia pribadi (UU 14/2008 Pasal 17 huruf h angka 2) dan data pribadi spesifik (UU 27/2022 Pasal 4).',
  en: "A named person's health data is a personal secret (Law 14/2008 Art. 17(h)(2)) and specific personal data (Law 27/2022 Art. 4).",
};

export const exemptTopicRule: Rule = {
  id: 'classified.exempt-topic',
  category: 'classified',
  defaultSeverity: 'warn',
  description: {
    id: 'Topik yang dikecualikan UU KIP Pasal 17: rincian penyidikan, operasi pertahanan, rencana ekonomi yang belum diumumkan, memo internal dan draf, data kesehatan orang yang disebut namanya.',
    en: 'Topics exempt under Law 14/2008 Art. 17: investigation details, defence operations, unannounced economic plans, internal memos and drafts, named persons’ health data.',
  },
  reason: {
    id: 'Informasi yang dikecualikan (UU 14/2008 Pasal 17; PP 61/2010) hanya dibuka setelah uji konsekuensi oleh PPID.',
    en: 'Exempt information (Law 14/2008 Art. 17; Government Regulation 61/2010) is opened only after the information officer (PPID) tests the consequences.',
  },
  check({ norm }) {
    const view = leetView(norm);
    const hits: Hit[] = [];
    for (const topic of TOPICS) {
      for (const match of view.matchAll(topic.pattern)) {
        const [start, end] = toOriginal(norm, match.index, match.index + match[0].length);
        hits.push({ start, end, message: topic.message });
      }
    }
    const people: number[] = [];
    for (const match of view.matchAll(PERSON)) {
      const nameAt = norm.offsets[match.index + match[0].length]!;
      if (NAME.test(norm.original.slice(nameAt, nameAt + 40))) people.push(match.index);
    }
    if (people.length === 0) return hits;
    for (const match of view.matchAll(MEDICAL)) {
      if (!near(people, match.index, MEDICAL_WINDOW)) continue;
      const [start, end] = toOriginal(norm, match.index, match.index + match[0].length);
      hits.push({ start, end, message: MEDICAL_MESSAGE });
    }
    return hits;
  },
};
