/* global process, console */
// Part of `npm run bench`: the `pilar` command as a whole process. Start-up (`pilar --help`) and
// `pilar check --jsonl` over many drafts, short and long, against one Node process that runs
// obscenity + sentiment + @redactpii/node over the same drafts. Wall time includes process start.
// Prints figures only (shared machines are noisy); median of several runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/pilar.mjs');
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

const SENTENCES = [
  'Pemerintah Kota Semarang membuka pendaftaran pelatihan digital bagi pelaku UMKM mulai Senin depan.',
  'Warga yang terdampak banjir di Kelurahan Tanjung Mas dapat mengambil bantuan di posko kelurahan.',
  'Sesuai Perda No. 5 Tahun 2024, reklame tanpa izin akan ditertibkan oleh Satpol PP.',
  'Pertanyaan dan aduan: hubungi 024-3513366 atau LAPOR!, Senin–Jumat 08.00–16.00 WIB.',
  'Terima kasih atas laporannya, Kak 🙏 Petugas kami segera menuju lokasi.',
  'Data penerima atas nama Budi Santoso, NIK 3374012345670001, sudah diverifikasi.',
  'Koordinasi dengan kontak petugas di 0812-2345-6789 atau email humas@semarangkota.go.id.',
  'Hari ini cerah 🌤️ jangan lupa bawa payung ya, cuaca bisa berubah sewaktu-waktu!',
  'Kami mengajak komunitas, akademisi dan media ikut memantau pelaksanaan proyek ini.',
];
let seed = 0x5eed;
const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
const draft = (length) => {
  let text = '';
  while (text.length < length) text += SENTENCES[next() % SENTENCES.length] + ' ';
  return text.trim();
};
const SETS = [
  { name: 'short (5,000 drafts, ≤ 280 chars)', drafts: Array.from({ length: 5000 }, () => draft(60 + (next() % 200))) },
  { name: 'long (200 drafts, ~5,000 chars)', drafts: Array.from({ length: 200 }, () => draft(5000)) },
];

const dir = mkdtempSync(join(tmpdir(), 'pilar-bench-'));
const BASELINE = join(dir, 'baseline.mjs');
// Resolved from the project, where the three packages are dev dependencies.
writeFileSync(
  BASELINE,
  `import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
const require = createRequire(${JSON.stringify(join(ROOT, 'package.json'))});
const { RegExpMatcher, englishDataset, englishRecommendedTransformers } = require('obscenity');
const Sentiment = require('sentiment');
const { Redactor } = require('@redactpii/node');
const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
const sentiment = new Sentiment();
const redactor = new Redactor();
const out = [];
for (const line of readFileSync(0, 'utf8').split('\\n')) {
  if (!line) continue;
  const { id, text } = JSON.parse(line);
  out.push(JSON.stringify({ id, profane: matcher.getAllMatches(text).length, sentiment: sentiment.analyze(text).score, redacted: redactor.redact(text) }));
}
process.stdout.write(out.join('\\n') + '\\n');
`,
);

function wall(args, input) {
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    const run = spawnSync(process.execPath, args, { input, encoding: 'utf8', maxBuffer: 1 << 30 });
    if (run.status !== 0) throw new Error(`${args.join(' ')} failed: ${run.stderr}`);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
}

console.log(`\nthe pilar command, whole processes (median of ${RUNS}, Node ${process.version})`);
const startup = wall([BIN, '--help'], '');
const bare = wall(['-e', '0'], '');
console.log(`  start-up (pilar --help): ${startup.toFixed(0)} ms (bare node ${bare.toFixed(0)} ms; target ≤ 150 ms)`);
for (const set of SETS) {
  const input = set.drafts.map((text, id) => JSON.stringify({ id, text })).join('\n') + '\n';
  const ours = wall([BIN, 'check', '--jsonl'], input);
  const theirs = wall([BASELINE], input);
  const ratio = ours / theirs;
  console.log(`  ${set.name.padEnd(36)} pilar check --jsonl ${ours.toFixed(0)} ms, obscenity+sentiment+redactpii ${theirs.toFixed(0)} ms: ${ratio.toFixed(2)}× (target ≤ 1.0 ${ratio <= 1 ? 'met' : 'MISSED'})`);
}
rmSync(dir, { recursive: true, force: true });
