// Evaluation of the classified/personal-information rules: a seeded, generated set of identifiers
// (valid and invalid, plain and disguised) inside Indonesian sentences, plus hard negatives; then the
// share of real tweets in ../shared/data/dev that would be held by a `block` finding, and timings.
// Run: npx tsx scripts/eval/classified.ts
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, readCsv } from '../data';
import { check } from '../../src/checks';
import { DEFAULT_CONFIG } from '../../src/config/schema';
import { normalize } from '../../src/checks/normalize';
import { CLASSIFIED_RULES } from '../../src/checks/rules/classified';
import { luhn } from '../../src/checks/rules/classified/numbers';
import { PROVINCE_CODES } from '../../src/checks/data/classified/regions';
import { seeded } from '../random';

const SEED = 20260514;
const PER_KIND = 200;

const random = seeded(SEED);
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const digits = (count: number) => Array.from({ length: count }, () => int(0, 9)).join('');

// ---------------------------------------------------------------- generators of valid identifiers
const provinces = [...PROVINCE_CODES];
const regency = () => (random() < 0.8 ? pad(int(1, 40), 2) : pad(int(71, 79), 2));
function region() {
  return pick(provinces) + regency() + pad(int(1, 30), 2);
}
function birthDate(female: boolean) {
  const day = int(1, 28) + (female ? 40 : 0);
  return pad(day, 2) + pad(int(1, 12), 2) + pad(int(0, 99), 2);
}
const nik = () => region() + birthDate(random() < 0.5) + pad(int(1, 9999), 4);
const kk = () => region() + birthDate(false) + pad(int(1, 9999), 4);
function withLuhn(body: string): string {
  for (let d = 0; d <= 9; d++) if (luhn(body + d)) return body + d;
  throw new Error('unreachable');
}
function npwp15() {
  const first9 = withLuhn(pad(int(1, 9), 2) + digits(6));
  const n = first9 + digits(3) + pick(['000', '000', '001']);
  return `${n.slice(0, 2)}.${n.slice(2, 5)}.${n.slice(5, 8)}.${n.slice(8, 9)}-${n.slice(9, 12)}.${n.slice(12)}`;
}
function validCard() {
  for (;;) {
    const c = withLuhn((random() < 0.6 ? '4' : '5' + int(4, 5)) + digits(14));
    if (c.length === 16) return c;
  }
}
function mobile() {
  const prefix = pick(['0', '+62', '62', '+62 ', '(+62) ']);
  const subscriber = '8' + pick(['1', '2', '3', '5', '7', '8', '9']) + digits(int(8, 10));
  // Written the ways people write them: "0812-3456-7890", "+62 812 3456 7890", "0812.3456.7890".
  const sep = pick(['', '', ' ', '-', '.']);
  const body = sep ? `${subscriber.slice(0, 3)}${sep}${subscriber.slice(3, 7)}${sep}${subscriber.slice(7)}` : subscriber;
  return prefix + body;
}
const email = () =>
  `${pick(['budi', 'siti', 'agus', 'dewi', 'rina', 'andi'])}${pick(['.', '_', ''])}${pick(['santoso', 'lestari', 'wijaya', 'putri'])}${int(1, 99)}@${pick(['gmail.com', 'yahoo.co.id', 'hotmail.com', 'outlook.com', 'ymail.com'])}`;
const alnum = (count: number, alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') =>
  Array.from({ length: count }, () => alphabet[int(0, alphabet.length - 1)]).join('');
const credential = () =>
  pick([
    () => `password: ${pick(['Jakarta', 'Garuda', 'Merdeka', 'Pemkot'])}${int(10, 2030)}!`,
    () => `kata sandi akun ${pick(['Jakarta', 'garuda', 'Merdeka'])}${int(100, 999)}`,
    () => `PIN ${digits(6)}`,
    () => `kode OTP ${digits(6)}`,
    () => `sk_live_${alnum(24)}`,
    () => `AKIA${alnum(16, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')}`,
    () => `ghp_${alnum(36)}`,
    () => `eyJ${alnum(20)}.eyJ${alnum(30)}.${alnum(32)}`,
  ])();

// ---------------------------------------------------------------- disguises
const FULL_WIDTH_OFFSET = 0xff10 - 0x30;
const fullWidth = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + FULL_WIDTH_OFFSET));
const zeroWidth = (s: string) => s.split('').join(pick(['\u200b', '\u200c', '\u2060', '\ufeff']));
const grouped = (s: string, sep: string) => s.replace(/(\d{4})(?=\d)/g, `$1${sep}`);
const CONFUSABLE: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', A: 'А', E: 'Е', O: 'О', P: 'Р', T: 'Т', H: 'Н', K: 'К', I: 'І', S: 'Ѕ' };
const confusable = (s: string) => s.replace(/[aeopcAEOPTHKIS]/g, (c) => (random() < 0.7 ? CONFUSABLE[c]! : c));
const LEET: Record<string, string> = { a: '4', i: '1', e: '3', o: '0', s: '5', t: '7', A: '4', I: '1', E: '3', O: '0', S: '5', T: '7' };
const leet = (s: string) => s.replace(/[aieostAIEOST]/g, (c) => (random() < 0.6 ? LEET[c]! : c));
const spaced = (s: string) => s.split('').join(pick([' ', '.', '-']));

const arabicIndic = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x660 + Number(d)));
const nbsp = (s: string) => grouped(s, '\u00a0');
const combined = (s: string) => zeroWidth(fullWidth(grouped(s, ' ')));
const digitDisguises = [(s: string) => grouped(s, ' '), (s: string) => grouped(s, '.'), (s: string) => grouped(s, '-'), fullWidth, zeroWidth, arabicIndic, nbsp, combined];
const wordDisguises = [confusable, leet, spaced, fullWidthLetters, zeroWidth];
function fullWidthLetters(s: string) {
  return s.replace(/[A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

// ---------------------------------------------------------------- sentences
interface Case {
  text: string;
  /** Expected rule and the identifier's span in `text`; none for a negative. */
  expect?: { rule: string; start: number; end: number };
  disguised: boolean;
}
function embed(template: string, value: string, rule: string | undefined, disguised: boolean): Case {
  const start = template.indexOf('{}');
  const text = template.replace('{}', value);
  return { text, disguised, ...(rule ? { expect: { rule, start, end: start + value.length } } : {}) };
}

const templates: Record<string, readonly string[]> = {
  'classified.nik': [
    'Mohon bantuan, NIK saya {} belum terdaftar di DTKS.',
    'NIK:{} (KTP hilang, mohon dibantu)',
    '{} itu NIK saya, kok ditolak?',
    'Data pemohon: Ibu Sari, NIK {}, warga Kecamatan Cibeunying.',
    'Berikut datanya min {} atas nama bapak saya',
    'Pendaftaran vaksin gagal untuk nomor {} kenapa ya?',
  ],
  'classified.kk': ['Nomor KK {} tidak muncul di aplikasi.', 'Kartu Keluarga: {} mohon dicek.', 'No. KK saya {} sudah dipadankan belum?'],
  'classified.npwp': ['NPWP pemenang tender {} sudah diverifikasi.', 'Tolong cek NPWP saya {} ya min'],
  'classified.phone': ['Silakan hubungi saya di {} untuk info lanjut.', 'Kontak petugas lapangan: {} (Pak Dedi).', 'WA ke {} aja min'],
  'classified.email': ['Kirim berkas ke {} paling lambat Jumat.', 'Email pribadi saya {} ya.'],
  'classified.payment-card': ['Kartu kredit {} ditolak saat bayar pajak kendaraan.', 'Sudah bayar pakai kartu {} tapi belum masuk.'],
  'classified.credential': ['Akun admin web desa: {} jangan disebar.', 'Untuk login dashboard pakai {}', 'Token deploy: {}'],
  'classified.marking': ['Sifat: {}', '{}\nNota dinas tentang pengadaan server.', 'Dokumen ini {}, jangan diteruskan.', 'Lampiran {} terkait evaluasi kinerja.'],
  'classified.bank-account': ['Transfer ke rekening BRI {} a.n. Budi Santoso.', 'No. rek Mandiri {} atas nama saya'],
  'classified.bpjs': ['Nomor BPJS Kesehatan saya {} tidak aktif.', 'Kartu KIS {} hilang, bagaimana mengurusnya?'],
  'classified.passport': ['Paspor nomor {} sudah bisa diambil di kantor imigrasi.'],
};

const generators: Record<string, () => { value: string; words: boolean }> = {
  'classified.nik': () => ({ value: nik(), words: false }),
  'classified.kk': () => ({ value: kk(), words: false }),
  'classified.npwp': () => ({ value: random() < 0.6 ? npwp15() : nik(), words: false }),
  'classified.phone': () => ({ value: mobile(), words: false }),
  'classified.email': () => ({ value: email(), words: false }),
  'classified.payment-card': () => ({ value: validCard(), words: false }),
  'classified.credential': () => ({ value: credential(), words: false }),
  'classified.marking': () => ({ value: pick(['RAHASIA', 'SANGAT RAHASIA', 'TERBATAS', 'KONFIDENSIAL', 'Rahasia', 'Terbatas']), words: true }),
  'classified.bank-account': () => ({ value: digits(pick([10, 13, 15])), words: false }),
  'classified.bpjs': () => ({ value: '000' + digits(10), words: false }),
  'classified.passport': () => ({ value: pick(['A', 'B', 'C', 'X']) + digits(7), words: false }),
};

// Credentials and emails keep their characters: disguising them would change the secret itself.
const DISGUISABLE = new Set(['classified.nik', 'classified.kk', 'classified.phone', 'classified.payment-card', 'classified.marking', 'classified.bpjs']);

function positives(): Case[] {
  const cases: Case[] = [];
  for (const [rule, make] of Object.entries(generators)) {
    for (let k = 0; k < PER_KIND; k++) {
      const { value, words } = make();
      const template = pick(templates[rule]!);
      // The "Sifat:" template needs a title-case or capital marking; a stamp elsewhere needs capitals.
      const shown = rule === 'classified.marking' && !template.startsWith('Sifat') && !template.startsWith('{}') ? value.toUpperCase() : value;
      cases.push(embed(template, shown, rule, false));
      if (DISGUISABLE.has(rule)) {
        const disguise = pick(words ? wordDisguises : digitDisguises);
        cases.push(embed(template, disguise(shown), rule, true));
      }
    }
  }
  return cases;
}

function invalidNik() {
  // A real region but an impossible date (day 32–40 or month 13+): order numbers look like this.
  return pick(provinces) + regency() + pad(int(1, 30), 2) + pad(int(32, 39), 2) + pad(int(1, 12), 2) + pad(int(0, 99), 2) + pad(int(1, 9999), 4);
}
const negativeTemplates: readonly (() => string)[] = [
  () => `Rapat koordinasi digelar ${int(1, 28)}/${int(1, 12)}/20${int(20, 26)} pukul ${int(7, 16)}.${pick(['00', '30'])} WIB.`,
  () => `Nomor pesanan ${invalidNik()} sedang diproses.`,
  () => `Kode transaksi INV${digits(12)} berhasil dibayar.`,
  () => `Anggaran tahun ini Rp ${int(1, 999)}.${digits(3)}.${digits(3)}.${digits(3)} untuk perbaikan jalan.`,
  () => `Dalam keadaan darurat hubungi ${pick(['112', '110', '113', '119', '129'])} (gratis, 24 jam).`,
  () => `Call center ${pick(['1500-567', '1500 300', '14000', '0800-1-346-346', '021-500-454'])} siap melayani.`,
  () => `Email pengaduan: ${pick(['humas', 'ppid', 'pengaduan', 'info'])}@${pick(['kominfo', 'jatengprov', 'bandung', 'kemkes'])}.go.id`,
  () => `${pick(['Ini bukan rahasia lagi', 'Rahasia sukses UMKM naik kelas', 'Sudah jadi rahasia umum', 'Kuota terbatas', 'Waktu pendaftaran terbatas'])}, yuk ikut pelatihannya!`,
  () => 'Kapal bergerak ke arah Asia Tenggara saat cuaca cerah.',
  () => `Jangan berikan kode OTP kepada siapa pun, termasuk petugas.`,
  () => `Password minimal ${int(8, 12)} karakter, gabungan huruf dan angka.`,
  () => `Sifat: ${pick(['Biasa', 'Segera', 'Sangat Segera'])}\nPerihal: Undangan rapat`,
  () => `Jumlah penerima bantuan ${int(1000, 99999)} KK di ${int(10, 99)} desa.`,
  () => `Kunjungi https://${pick(['bandung', 'jabarprov', 'kominfo'])}.go.id/${pick(['layanan', 'berita', 'ppid'])} untuk info lengkap.`,
  () => `Nomor surat ${int(100, 999)}/${int(1, 9999)}/${pick(['Diskominfo', 'Setda', 'Bappeda'])}/20${int(20, 26)}.`,
  () => `Nomor resi 0${digits(15)} sedang dalam pengiriman.`,
  () => `Versi aplikasi ${int(1, 9)}.${int(0, 20)}.${int(0, 99)} sudah tersedia.`,
  () => `Korban banjir di Kecamatan ${pick(['Dayeuhkolot', 'Baleendah'])} mendapat bantuan.`,
  () => `Korban pencabulan berinisial ${pick(['AS', 'RN', 'DP'])} (${int(8, 16)}) kini didampingi psikolog.`,
  // A civil servant's NIP (18 digits, birth date first) is printed under every official signature.
  () => `Kepala Dinas, NIP ${19}${int(60, 99)}${pad(int(1, 12), 2)}${pad(int(1, 28), 2)} ${int(1990, 2020)}${pad(int(1, 12), 2)} ${int(1, 2)} ${pad(int(1, 20), 3)}`,
  () => `Ranking ${int(1, 9)} dari ${int(10, 99)} peserta, skor ${int(100, 999)}.${int(10, 99)}.`,
  () => `Dokumen rapat ${pick(['terbatas untuk peserta', 'dibagikan via email'])} sesuai undangan.`,
  () => `Kode pos ${int(10000, 99999)}, RT ${pad(int(1, 20), 2)}/RW ${pad(int(1, 20), 2)}.`,
  () => `Tanggal lahir ${pad(int(1, 28), 2)}-${pad(int(1, 12), 2)}-19${int(60, 99)}, usia ${int(20, 60)} tahun.`,
];
function negatives(): Case[] {
  return Array.from({ length: PER_KIND * 5 }, () => ({ text: pick(negativeTemplates)(), disguised: false }));
}

// Harder disguises, measured apart so the limit is known rather than hidden: one space per digit,
// letter O for zero (partly handled), digits written as words (not handled).
const STRESS: readonly ((s: string) => string)[] = [
  (s) => s.split('').join(' '),
  (s) => s.replace(/0/g, 'O'),
  (s) => s.replace(/\d/g, (d) => ['nol', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan'][Number(d)]! + ' ').trim(),
];
function stress(): { rule: string; text: string; start: number; end: number }[] {
  const out: { rule: string; text: string; start: number; end: number }[] = [];
  for (const rule of ['classified.nik', 'classified.phone'] as const) {
    for (let k = 0; k < 50; k++) {
      const value = pick(STRESS)(generators[rule]!().value);
      const c = embed(pick(templates[rule]!), value, rule, true);
      out.push({ text: c.text, ...c.expect! });
    }
  }
  return out;
}

// ---------------------------------------------------------------- scoring
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

function evaluate() {
  const cases = [...positives(), ...negatives()];
  const perRule = new Map<string, { found: number; total: number; fp: number }>();
  const recall = { plain: [0, 0], disguised: [0, 0] };
  let truePositives = 0;
  let falsePositives = 0;
  const misses: string[] = [];
  const wrong: string[] = [];
  for (const c of cases) {
    const findings = check(c.text).findings.filter((f) => f.category === 'classified' && f.severity !== 'info');
    if (c.expect) {
      const stats = perRule.get(c.expect.rule) ?? { found: 0, total: 0, fp: 0 };
      perRule.set(c.expect.rule, stats);
      const hit = findings.some((f) => f.rule === c.expect!.rule && overlaps(f, c.expect!));
      stats.total++;
      const bucket = c.disguised ? recall.disguised : recall.plain;
      bucket[1]!++;
      if (hit) {
        stats.found++;
        bucket[0]!++;
      } else if (misses.length < 12) {
        misses.push(`${c.expect.rule}: ${JSON.stringify(c.text)} → ${findings.map((f) => f.rule).join(',') || 'nothing'}`);
      }
    }
    for (const f of findings) {
      if (c.expect && f.rule === c.expect.rule && overlaps(f, c.expect)) truePositives++;
      else {
        falsePositives++;
        const stats = perRule.get(f.rule) ?? { found: 0, total: 0, fp: 0 };
        stats.fp++;
        perRule.set(f.rule, stats);
        if (wrong.length < 12) wrong.push(`${f.rule}: ${JSON.stringify(c.text)} [${c.text.slice(f.start, f.end)}]`);
      }
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 'n/a' : (a / b).toFixed(3));
  console.log(`generated cases: ${cases.length} (seed ${SEED})`);
  console.log(`recall plain:     ${ratio(recall.plain[0]!, recall.plain[1]!)} (${recall.plain[0]}/${recall.plain[1]})`);
  console.log(`recall disguised: ${ratio(recall.disguised[0]!, recall.disguised[1]!)} (${recall.disguised[0]}/${recall.disguised[1]})`);
  console.log(`precision:        ${ratio(truePositives, truePositives + falsePositives)} (${falsePositives} false positives, warn/block only)`);
  console.log('\nper rule: recall, false positives');
  for (const [rule, s] of [...perRule].sort()) console.log(`  ${rule.padEnd(30)} ${ratio(s.found, s.total).padStart(5)} (${s.found}/${s.total})  fp ${s.fp}`);
  const stressed = stress();
  const caught = stressed.filter((c) => check(c.text).findings.some((f) => f.rule === c.rule && overlaps(f, c))).length;
  console.log(`\nharder disguises (digit-by-digit spacing, O for 0, digits as words): recall ${ratio(caught, stressed.length)} (${caught}/${stressed.length})`);
  if (misses.length) console.log('\nsome misses:\n  ' + misses.join('\n  '));
  if (wrong.length) console.log('\nsome false positives:\n  ' + wrong.join('\n  '));
}

// ---------------------------------------------------------------- real tweets
function realTweets() {
  let total = 0;
  let blocked = 0;
  let flagged = 0;
  const examples: string[] = [];
  const byRule = new Map<string, number>();
  for (const file of readdirSync(DATA_DIR).filter((f) => f.endsWith('.csv'))) {
    for (const row of readCsv(join(DATA_DIR, file))) {
      const text = row.text;
      if (!text) continue;
      total++;
      const findings = check(text).findings.filter((f) => f.category === 'classified');
      if (findings.some((f) => f.severity !== 'info')) flagged++;
      const blocks = findings.filter((f) => f.severity === 'block');
      if (blocks.length === 0) continue;
      blocked++;
      for (const f of blocks) byRule.set(f.rule, (byRule.get(f.rule) ?? 0) + 1);
      if (examples.length < 10) examples.push(`${blocks[0]!.rule} [${text.slice(blocks[0]!.start, blocks[0]!.end)}] in ${JSON.stringify(text.slice(0, 140))}`);
    }
  }
  console.log(`\nreal texts (../shared/data/dev, text columns): ${total}`);
  console.log(`  with a block finding: ${blocked} (${((100 * blocked) / total).toFixed(2)} %, target ≤ 1 %)`);
  console.log(`  with a warn or block finding: ${flagged} (${((100 * flagged) / total).toFixed(2)} %)`);
  if (byRule.size) console.log('  blocks by rule: ' + [...byRule].map(([r, n]) => `${r} ${n}`).join(', '));
  if (examples.length) console.log('  examples:\n    ' + examples.join('\n    '));
}

// ---------------------------------------------------------------- timings (whole check, all rules)
function timings() {
  const sentence = 'Mohon info min, NIK saya 3171014503900002 dan HP 0812-3456-7890 belum terdaftar. Terima kasih! ';
  const short = sentence.repeat(3).slice(0, 280);
  const long = sentence.repeat(Math.ceil(63_000 / sentence.length)).slice(0, 63_000);
  const median = (text: string, runs: number, run: (draft: string) => unknown) => {
    const times: number[] = [];
    for (let k = 0; k < runs; k++) {
      const draft = text + ' '.repeat(k % 2);
      const t0 = process.hrtime.bigint();
      run(draft);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)]!;
  };
  // Folding plus the classified rules alone, with the document analyses taken from one full check.
  const { tone, pillars } = check(short);
  const classifiedOnly = (draft: string) => {
    const context = { norm: normalize(draft), config: DEFAULT_CONFIG, language: 'id' as const, tone, pillars };
    for (const rule of CLASSIFIED_RULES) rule.check(context);
  };
  median(short, 200, check);
  console.log('\nmedian times (shared machine: compare within one run)');
  console.log(`  whole check(), all rules:     280 chars ${median(short, 500, check).toFixed(3)} ms, 63k chars ${median(long, 15, check).toFixed(2)} ms`);
  console.log(`  folding + classified rules:   280 chars ${median(short, 500, classifiedOnly).toFixed(3)} ms, 63k chars ${median(long, 15, classifiedOnly).toFixed(2)} ms`);
}

evaluate();
realTweets();
timings();
