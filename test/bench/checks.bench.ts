// `npm run bench`: how long a full check() takes on realistic government posts, how that grows with
// length, how it compares with running three popular text checkers in the same process, and how
// much the engine adds to a bundle. Prints figures only: shared machines are too noisy for limits.
import { gzipSync } from 'node:zlib';
import { Redactor } from '@redactpii/node';
import { build } from 'esbuild';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import Sentiment from 'sentiment';
import { check, RULES } from '../../src/checks';
import { createContext } from '../../src/checks/engine';
import { detectLanguage } from '../../src/checks/language';
import { normalize } from '../../src/checks/normalize';
import { analyzePillars } from '../../src/checks/pillars/analyze';
import { compileCustom, TERM_RULES } from '../../src/checks/rules/custom';
import { analyzeTone } from '../../src/checks/tone/analyze';
import { parseConfig } from '../../src/config/parse';
import { DEFAULT_CONFIG, type RuleConfig } from '../../src/config/schema';

const SIZES = [280, 5_000, 63_206] as const;
const TARGET_MS: Record<number, number> = { 280: 0.1, 63_206: 15 };
const TARGET_GZIP_KB = 150;

/** Sentences of the kind a humas account posts, with a few identifiers a check must catch. */
const SENTENCES = [
  'Pemerintah Kota Semarang membuka pendaftaran pelatihan digital bagi pelaku UMKM mulai Senin depan.',
  'Warga yang terdampak banjir di Kelurahan Tanjung Mas dapat mengambil bantuan di posko kelurahan.',
  'Sesuai Perda No. 5 Tahun 2024, reklame tanpa izin akan ditertibkan oleh Satpol PP.',
  'Anggaran perbaikan jalan tahun ini Rp 12,4 miliar, dengan realisasi 78% hingga Oktober.',
  'Pertanyaan dan aduan: hubungi 024-3513366 atau LAPOR!, Senin–Jumat 08.00–16.00 WIB.',
  'Sampaikan masukan Anda tentang rencana trotoar baru melalui https://s.id/trotoar-smg.',
  'Layanan ini gratis, dengan jalur prioritas bagi lansia dan penyandang disabilitas.',
  'Terima kasih atas laporannya, Kak 🙏 Petugas kami segera menuju lokasi.',
  'Lokasi relokasi pedagang disepakati dalam musyawarah bersama paguyuban pasar.',
  'Penanggung jawab kegiatan: Kepala Bidang Pengendalian Banjir Dinas PU.',
  'Program ini bagian dari RPJMD 2025–2029 menuju Indonesia Emas 2045.',
  'Mohon maaf atas ketidaknyamanannya, gangguan air bersih sedang ditangani tim teknis.',
  'Data penerima atas nama Budi Santoso, NIK 3374012345670001, sudah diverifikasi.',
  'Koordinasi dengan kontak petugas di 0812-2345-6789 atau email humas@semarangkota.go.id.',
  'Hari ini cerah 🌤️ jangan lupa bawa payung ya, cuaca bisa berubah sewaktu-waktu!',
  'Kami mengajak komunitas, akademisi dan media ikut memantau pelaksanaan proyek ini.',
];

/** A deterministic draft of exactly `length` UTF-16 units, never ending inside a surrogate pair. */
function draftOf(length: number): string {
  let seed = 0x5eed + length;
  const next = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed;
  };
  let text = '';
  while (text.length < length) text += `${SENTENCES[next() % SENTENCES.length]}${next() % 5 === 0 ? '\n\n' : ' '}`;
  const code = text.charCodeAt(length - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? length - 1 : length);
}

function time(fn: () => unknown, runs: number): { median: number; p95: number } {
  for (let i = 0; i < Math.min(20, Math.ceil(runs / 5)); i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[Math.floor(runs / 2)]!, p95: samples[Math.min(runs - 1, Math.floor(runs * 0.95))]! };
}

const runsFor = (length: number) => (length <= 300 ? 3000 : length <= 5000 ? 300 : 40);
const ms = (value: number) => `${value < 1 ? value.toFixed(4) : value.toFixed(2)} ms`;

const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
const sentiment = new Sentiment();
const redactor = new Redactor();
const baseline = (text: string) => {
  matcher.getAllMatches(text);
  sentiment.analyze(text);
  redactor.redact(text);
};

console.log(`check() on Indonesian government posts (${RULES.length} built-in rules), Node ${process.version}\n`);
console.log('chars      median        p95           target      per char      vs obscenity+sentiment+redactpii');
const perChar: number[] = [];
for (const size of SIZES) {
  const text = draftOf(size);
  const ours = time(() => check(text), runsFor(size));
  const theirs = time(() => baseline(text), runsFor(size));
  perChar.push(ours.median / size);
  const target = TARGET_MS[size];
  const verdict = target === undefined ? '—' : `≤ ${target} ms ${ours.median <= target ? 'met' : 'MISSED'}`;
  console.log(
    `${String(size).padEnd(10)} ${ms(ours.median).padEnd(13)} ${ms(ours.p95).padEnd(13)} ${verdict.padEnd(11)} ${(ours.median / size * 1e6).toFixed(1).padStart(7)} ns   ` +
      `${(ours.median / theirs.median).toFixed(2)}× (baseline median ${ms(theirs.median)})`,
  );
}
console.log(`\ngrowth: time per char at 63,206 chars is ${(perChar[2]! / perChar[1]!).toFixed(2)}× that at 5,000 and ${(perChar[2]! / perChar[0]!).toFixed(2)}× that at 280 (≈1 is linear)`);

// RS-13: a team config with 1,000 block terms and 50 patterns on a 5,000-char draft.
const heavy = parseConfig({
  terms: { classified: { block: Array.from({ length: 1000 }, (_, i) => `kode operasi ${i}`), allow: [] } },
  patterns: Array.from({ length: 50 }, (_, i) => ({
    id: `pola-${i}`,
    pattern: `ND-${i}\\d{2}/[A-Z]+/\\d{4}|(?:rahasia|terbatas)\\s+${i}`,
    category: 'classified',
    severity: 'warn',
    message: { id: 'Pola tim.', en: 'Team pattern.' },
  })),
});
if (heavy.ok) {
  const text = draftOf(5000);
  compileCustom(heavy.config);
  const result = time(() => check(text, heavy.config), 100);
  console.log(`team config (1,000 terms, 50 patterns), 5,000 chars: median ${ms(result.median)}, p95 ${ms(result.p95)} (RS-13 budget 16 ms)`);
}

// RS-13's adversarial inputs: nothing may grow faster than the input.
console.log('\nadversarial inputs (median of 5):');
for (const [name, text] of [
  ['1 MB of "a"', 'a'.repeat(1_000_000)],
  ['10k zero-width spaces', 'r\u200b'.repeat(10_000)],
  ['10k combining marks', `a${'\u0301'.repeat(10_000)}`],
  ['10k figures "1."', '1.'.repeat(10_000)],
  ['20k spaced letters', 'R A H A S I A '.repeat(1_430)],
] as const) {
  console.log(`  ${name.padEnd(24)} ${String(text.length).padStart(9)} chars  ${ms(time(() => check(text), 5).median)}`);
}

/** Where the time goes: each stage and each rule on its own, slowest first. */
function perRule(text: string, config: RuleConfig) {
  const norm = normalize(text);
  const language = detectLanguage(norm, config.language);
  const context = createContext(text, config);
  const stages: [string, () => unknown][] = [
    ['normalize', () => normalize(text)],
    ['detectLanguage', () => detectLanguage(norm, config.language)],
    ['analyzeTone', () => analyzeTone(norm, language)],
    ['analyzePillars', () => analyzePillars(norm, language)],
    ...[...RULES, ...TERM_RULES].map((rule): [string, () => unknown] => [rule.id, () => rule.check(context)]),
  ];
  return stages.map(([name, fn]) => ({ name, median: time(fn, text.length < 1000 ? 500 : 15).median })).sort((a, b) => b.median - a.median);
}
for (const size of [280, 63_206]) {
  console.log(`\nslowest stages and rules at ${size} chars:`);
  for (const { name, median } of perRule(draftOf(size), DEFAULT_CONFIG).slice(0, 8)) console.log(`  ${name.padEnd(36)} ${ms(median)}`);
}

const bundle = await build({
  entryPoints: [new URL('../../src/checks/index.ts', import.meta.url).pathname],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  write: false,
  logLevel: 'silent',
});
const bytes = bundle.outputFiles[0]!.contents;
const gzipKb = gzipSync(bytes).length / 1024;
console.log(
  `\nbundle of src/checks/index.ts: ${(bytes.length / 1024).toFixed(1)} KB minified, ${gzipKb.toFixed(1)} KB gzipped (target ≤ ${TARGET_GZIP_KB} KB ${gzipKb <= TARGET_GZIP_KB ? 'met' : 'MISSED'})`,
);
