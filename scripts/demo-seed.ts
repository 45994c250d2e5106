// The demo data set: three weeks of a city government's (Pemkot Sukamaju, a made-up city) incoming
// comments, mentions and messages on X, Instagram and Facebook, the replies of two admins, marks,
// guard outcomes with overrides and their reasons, and the hours Pilar was open. Generated from a
// fixed seed, so every run gives the same figures; it is loaded as a team export, through the same
// import as an admin's file. `node scripts/demo-seed.ts > demo.json` prints it.
import { toExport } from '../src/tracker/exchange/export.ts';
import type { ReportExport } from '../src/tracker/exchange/schema.ts';
import type { Category, IncomingRow, MarkRow, ReplyRow } from '../src/tracker/model.ts';
import type { CoverageRow, GuardRow, PostStatsRow, ReportRows } from '../src/tracker/report/rows.ts';
import { itemKey } from '../src/queue/domain.ts';
import { episodesOf, threadKey } from '../src/tracker/episodes.ts';
import { seeded } from './random.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const WIB = 7 * HOUR;


const ACCOUNT = 'pemkotsukamaju';
const PLATFORMS = ['x', 'instagram', 'facebook'] as const;
const ADMINS = ['admin-sari', 'admin-budi'];

const TEXTS: Record<Category, string[]> = {
  aduan: [
    'Jalan di depan Pasar Baru berlubang lagi, sudah dua minggu belum diperbaiki.',
    'Sampah di TPS Jl. Melati belum diangkut sejak Senin, baunya sampai ke rumah warga.',
    'Lampu PJU di Jl. Kenanga mati semua, rawan kalau malam.',
    'Drainase mampet, tiap hujan air masuk ke rumah. Mohon ditindaklanjuti.',
    'Antrean di Disdukcapil dari subuh, tapi nomor antrean sudah habis jam 8.',
    'Air PDAM mati tiga hari di Perumahan Griya Asri, tidak ada pemberitahuan.',
  ],
  pertanyaan: [
    'Min, untuk perpanjangan KTP elektronik syaratnya apa saja ya?',
    'Kapan pendaftaran beasiswa pelajar berprestasi dibuka?',
    'Apakah CFD hari Minggu ini tetap ada?',
    'Izin usaha mikro bisa diurus online atau harus datang ke MPP?',
    'Jadwal vaksinasi di puskesmas kecamatan kapan ya, Min?',
  ],
  aspirasi: [
    'Usul, taman kota ditambah lampu dan bangku supaya ramah untuk lansia.',
    'Semoga ada jalur sepeda di Jl. Sudirman, banyak pesepeda tiap pagi.',
    'Mohon pertimbangkan bus sekolah gratis untuk wilayah pinggiran.',
    'Bagaimana kalau pasar takjil Ramadan dipusatkan supaya tidak macet?',
  ],
  apresiasi: [
    'Terima kasih Pemkot, jalan di kampung kami sudah mulus sekarang 🙏',
    'Pelayanan di MPP cepat sekali, mantap!',
    'Keren, aduan saya kemarin langsung ditindaklanjuti.',
  ],
  lainnya: ['Hadir, Min!', 'Mampir dari Kabupaten sebelah 👋', 'Info loker dong Min'],
};
const CATEGORY_WEIGHTS: [Category, number][] = [
  ['aduan', 0.34],
  ['pertanyaan', 0.3],
  ['aspirasi', 0.12],
  ['apresiasi', 0.14],
  ['lainnya', 0.1],
];
const POSTS = ['info-perbaikan-jalan', 'jadwal-layanan-mpp', 'program-beasiswa', 'cfd-minggu', 'banjir-siaga', 'pengumuman-pdam'];
/** Blocking findings an admin published over, each with the kind of reason a supervisor reads. */
const OVERRIDES: [string, string][] = [
  ['classified.phone', 'Nomor telepon pengaduan resmi Dinas, bukan data pribadi warga.'],
  ['classified.person-name', 'Sudah disetujui Kabag Prokopim; nama pejabat memang harus disebut.'],
  ['tone.abusive', 'Kutipan langsung dari aduan warga, kata kasar sudah disamarkan sebagian.'],
]

/** Hours of the day weighted like a city account's traffic: morning and evening peaks. */
const HOUR_WEIGHTS = [1, 0.5, 0.3, 0.3, 0.5, 1.5, 3, 5, 7, 7, 6, 5, 5, 5, 5, 4, 4, 4, 5, 7, 8, 7, 4, 2];

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)]!;
}

function weighted<T>(next: () => number, list: [T, number][]): T {
  let r = next() * list.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, w] of list) if ((r -= w) < 0) return value;
  return list[list.length - 1]![0];
}

/** Working time (Mon–Fri 07:30–16:00 WIB) at or after `at`: when an admin next answers. */
function nextWorking(at: number): number {
  for (let t = at; ; t += 15 * MIN) {
    const local = new Date(t + WIB);
    const day = local.getUTCDay();
    const minutes = local.getUTCHours() * 60 + local.getUTCMinutes();
    if (day >= 1 && day <= 5 && minutes >= 450 && minutes < 960) return t;
  }
}

export interface DemoOptions {
  seed?: number;
  /** The demo's "now"; the data ends here. */
  now: number;
  days?: number;
  /** Average incoming items per day over the three platforms. */
  perDay?: number;
}

/** The demo rows, episodes derived by the reply queue's own rules. */
export function demoRows({ seed = 20_261_204, now, days = 21, perDay = 36 }: DemoOptions): ReportRows {
  const next = seeded(seed);
  const start = Math.floor((now + WIB) / DAY) * DAY - WIB - (days - 1) * DAY;
  const incoming: IncomingRow[] = [];
  const replies: ReplyRow[] = [];
  const marks: MarkRow[] = [];
  const outcomes: GuardRow[] = [];
  const coverage = new Map<string, CoverageRow>();
  const postStats: PostStatsRow[] = [];
  let n = 0;
  // Busier data sets (the benchmarks) spread their comments over more conversations per post.
  const spread = Math.max(1, Math.round(perDay / 30));
  const hourWeights = HOUR_WEIGHTS.map((w, h): [number, number] => [h, w]);
  for (let d = 0; d < days; d++) {
    const dayStart = start + d * DAY;
    const weekday = new Date(dayStart + WIB).getUTCDay();
    const count = Math.round(perDay * (weekday === 0 || weekday === 6 ? 0.6 : 1.1) * (0.8 + 0.4 * next()));
    for (let i = 0; i < count; i++) {
      const at = dayStart + weighted(next, hourWeights) * HOUR + Math.floor(next() * HOUR);
      if (at >= now) continue;
      n++;
      const platform = pick(next, PLATFORMS);
      const dm = next() < 0.15;
      const category = weighted(next, CATEGORY_WEIGHTS);
      const id = `${platform}-${n}`;
      const threadId = dm ? `dm-${Math.floor(next() * 400 * spread)}` : `${pick(next, POSTS)}-${d}-${Math.floor(next() * spread)}`;
      const exact = platform !== 'instagram' || next() < 0.5;
      const observer = pick(next, ADMINS);
      const seenAt = at + Math.floor(next() * 40 * MIN);
      const key = itemKey(platform, ACCOUNT, id);
      incoming.push({
        key,
        platform,
        account: ACCOUNT,
        itemId: id,
        threadId,
        kind: dm ? 'dm' : next() < 0.3 ? 'mention' : 'comment',
        author: `warga_${Math.floor(next() * 180)}`,
        snippet: pick(next, TEXTS[category]),
        url: `https://${platform === 'x' ? 'x.com' : `www.${platform}.com`}/${ACCOUNT}/${id}`,
        arrival: exact ? { precision: 'exact', at } : { precision: 'approximate', earliest: at, latest: at + HOUR },
        firstSeenAt: seenAt,
        observedBy: observer,
        category,
        categoryEvidence: [],
        categorySource: 'rules',
      });
      // Thanks and chatter mostly need no reply; a few complaints are still waiting.
      const roll = next();
      if ((category === 'apresiasi' || category === 'lainnya') && roll < 0.6) {
        marks.push({ id: `mark-${n}`, itemKey: key, kind: 'no-reply-needed', at: seenAt + 5 * MIN, observedBy: observer });
        continue;
      }
      if (roll < 0.07) continue;
      const base = nextWorking(Math.max(seenAt, at));
      const sentAt = base + Math.floor(-Math.log(1 - next()) * 45 * MIN);
      if (sentAt >= now) continue;
      const replier = pick(next, ADMINS);
      const replyId = `reply-${n}`;
      replies.push({ id: replyId, platform, account: ACCOUNT, itemKey: key, threadId, sentAt, ...(next() < 0.7 ? { platformAt: sentAt + 20_000 } : {}), observedBy: replier });
      const flagged = next();
      const [overRule, reason] = pick(next, OVERRIDES);
      outcomes.push({
        id: replyId,
        at: sentAt,
        platform,
        editorKind: dm ? 'dm' : 'reply',
        outcome: flagged < 0.05 ? 'published-over-block' : flagged < 0.2 ? 'published-warnings' : 'published-clean',
        rules: flagged < 0.05 ? [overRule] : flagged < 0.2 ? [pick(next, ['tone.informal', 'pillar.missing-society'])] : [],
        ...(flagged < 0.05 ? { reason } : {}),
        replyTo: key,
      });
      for (const t of [seenAt, sentAt]) {
        const hourStart = Math.floor(t / HOUR) * HOUR;
        coverage.set(`${platform}:${hourStart}:${replier}`, { platform, account: ACCOUNT, hourStart, observedBy: replier });
      }
    }
    // The admins' own posts of the day: held drafts, and the counts the pages showed on them.
    for (const platform of PLATFORMS) {
      const at = dayStart + 9 * HOUR + Math.floor(next() * 6 * HOUR);
      if (at >= now) continue;
      const held = next() < 0.15;
      outcomes.push({ id: `post-${platform}-${d}`, at, platform, editorKind: 'post', outcome: held ? 'held' : 'published-clean', rules: held ? ['classified.nik'] : [] });
      postStats.push({ platform, account: ACCOUNT, postId: `post-${d}`, seenAt: Math.min(now - 1, at + 6 * HOUR), likes: Math.floor(40 + next() * 400), replies: Math.floor(next() * 60), reposts: Math.floor(next() * 50) });
    }
  }
  const threads = new Map<string, { items: IncomingRow[]; replies: ReplyRow[]; marks: MarkRow[] }>();
  const threadOf = new Map<string, { items: IncomingRow[]; replies: ReplyRow[]; marks: MarkRow[] }>();
  for (const item of incoming) {
    const key = threadKey(item);
    let thread = threads.get(key);
    if (!thread) threads.set(key, (thread = { items: [], replies: [], marks: [] }));
    thread.items.push(item);
    threadOf.set(item.key, thread);
  }
  for (const reply of replies) threadOf.get(reply.itemKey)!.replies.push(reply);
  for (const mark of marks) threadOf.get(mark.itemKey)!.marks.push(mark);
  const episodes = [...threads.values()].flatMap((thread) => episodesOf(thread.items, thread.replies, thread.marks));
  return { incoming, replies, marks, episodes, outcomes, coverage: [...coverage.values()], postStats };
}

/** The demo as a team export, ready for the report page's import. */
export function demoExport(options: DemoOptions): ReportExport {
  const rows = demoRows(options);
  return toExport(rows, {
    appVersion: '0.1.0',
    exportedBy: 'demo',
    exportedAt: options.now,
    period: { kind: '30d', start: options.now - 30 * DAY, end: options.now },
    timeZone: 'Asia/Jakarta',
    clock: 'wall',
    targetMs: HOUR,
    configHash: 'demo',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(JSON.stringify(demoExport({ now: Date.now() })));
}
