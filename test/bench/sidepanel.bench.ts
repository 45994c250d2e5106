// `npx tsx test/bench/sidepanel.bench.ts` (after `npm run build`): with 100,000 stored episodes,
// how long the side panel takes to show its first item in Chromium with the built extension, and
// how long the full response-time computation over all of them takes in Node. Prints figures only.
import type { Page } from 'puppeteer-core';
import { defaultResponses } from '../../src/config/responses';
import type { SettingRow, StoredEpisode, StoredIncoming } from '../../src/store/db';
import { responseMetrics } from '../../src/tracker/metrics';
import { CATEGORIES, type EpisodeRow } from '../../src/tracker/model';
import { launch } from '../e2e/harness';

const EPISODES = 100_000;
const OPEN_SHARE = 0.05;
const RUNS = 7;
const RENDER_TARGET_MS = 500;
const METRICS_TARGET_MS = 100;
const HOUR = 3_600_000;
const PLATFORMS = ['x', 'facebook', 'instagram', 'linkedin', 'youtube', 'tiktok', 'threads'] as const;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** A year of traffic on seven platforms and three accounts, 5% still waiting (deterministic). */
function seedRows(now: number): { incoming: StoredIncoming[]; episodes: StoredEpisode[]; settings: SettingRow[] } {
  let state = 42;
  const random = () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  const incoming: StoredIncoming[] = [];
  const episodes: StoredEpisode[] = [];
  for (let i = 0; i < EPISODES; i++) {
    const platform = PLATFORMS[i % PLATFORMS.length]!;
    const account = ['pemkotbandung', 'dishubbandung', 'dinkesbandung'][i % 3]!;
    const open = random() < OPEN_SHARE;
    const openedAt = open ? now - random() * 72 * HOUR : now - random() * 365 * 24 * HOUR;
    const key = `${platform}|${account}|${i}`;
    const thread = `${platform}|${account}|t${i}`;
    const category = CATEGORIES[i % CATEGORIES.length]!;
    const answeredAfter = random() * random() * 10 * HOUR;
    incoming.push({
      key, thread, platform, account, itemId: String(i), threadId: `t${i}`, kind: 'mention', author: `warga_${i}`,
      snippet: 'Mohon info jadwal pelayanan KTP elektronik di kecamatan minggu ini, terima kasih.', url: `https://x.com/warga/status/${i}`,
      arrival: { precision: 'exact', at: openedAt }, firstSeenAt: openedAt, observedBy: 'bench', category, categoryEvidence: [], categorySource: 'rules',
    });
    episodes.push({
      id: `${key}#1`, thread, platform, account, threadId: `t${i}`, kind: 'mention', category, openedAt, approximate: false, itemKeys: [key],
      dueAt: openedAt + HOUR,
      ...(open ? { state: 'open' as const } : { state: 'answered' as const, firstResponseAt: openedAt + answeredAfter, responseTimeSource: 'platform' as const, closedAt: openedAt + answeredAfter }),
    });
  }
  const pairs = new Set(incoming.map((item) => `${item.platform}|${item.account}`));
  return { incoming, episodes, settings: [...pairs].map((pair) => ({ key: `scope:${pair}`, value: pair })) };
}

function benchMetrics(episodes: EpisodeRow[], now: number) {
  const config = defaultResponses();
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    responseMetrics(episodes, config, now);
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Writes the rows straight into the extension origin's database, as the background would have. */
async function seed(page: Page, rows: ReturnType<typeof seedRows>) {
  const CHUNK = 20_000;
  for (const table of ['incoming', 'episodes', 'settings'] as const) {
    for (let from = 0; from < rows[table].length; from += CHUNK) {
      await page.evaluate(
        (name, chunk) =>
          new Promise<void>((resolve, reject) => {
            const request = indexedDB.open('pilar');
            request.onerror = () => reject(request.error);
            request.onsuccess = () => {
              const transaction = request.result.transaction(name, 'readwrite');
              const store = transaction.objectStore(name);
              for (const row of chunk) store.put(row);
              transaction.oncomplete = () => {
                request.result.close();
                resolve();
              };
              transaction.onerror = () => reject(transaction.error);
            };
          }),
        table,
        rows[table].slice(from, from + CHUNK) as unknown[],
      );
    }
  }
}

async function firstRender(session: Awaited<ReturnType<typeof launch>>): Promise<number> {
  const page = await session.browser.newPage();
  // Marks the moment the first queue item is in the DOM, from the page's own clock (navigation start = 0).
  await page.evaluateOnNewDocument(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('li.item')) {
        (window as unknown as { firstItemAt: number }).firstItemAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${session.extensionOrigin}sidepanel.html`);
  await page.waitForFunction(() => (window as unknown as { firstItemAt?: number }).firstItemAt !== undefined, { timeout: 60_000 }).catch(async (error: unknown) => {
    console.error('The side panel showed no item:', await page.evaluate(() => document.body.innerText));
    throw error;
  });
  const at = await page.evaluate(() => (window as unknown as { firstItemAt: number }).firstItemAt);
  await page.close();
  return at;
}

const now = Date.now();
const rows = seedRows(now);
console.log(`Seeded ${EPISODES.toLocaleString('en')} episodes (${rows.episodes.filter((episode) => episode.state === 'open').length} open) over 365 days.`);
const metricsMs = benchMetrics(rows.episodes, now);
console.log(`Full metrics (wall and working median and p90, within target, backlog; overall, per platform, account and category) over ${EPISODES.toLocaleString('en')} episodes, Node: ${metricsMs.toFixed(1)} ms median of ${RUNS} (target ≤ ${METRICS_TARGET_MS} ms)`);

const session = await launch('chromium');
try {
  const warm = await session.openExtensionPage('sidepanel.html');
  await warm.waitForSelector('main h1');
  // The background creates the database on its first answer; the empty state shows it has.
  await warm.waitForSelector('.empty');
  await seed(warm, rows);
  await warm.close();
  const renders: number[] = [];
  for (let run = 0; run < RUNS; run++) renders.push(await firstRender(session));
  console.log(`Side panel first render (navigation start → first item in the DOM), Chromium ${(await session.browser.version()).replace(/^\D+/, '')}: ${median(renders).toFixed(0)} ms median of ${RUNS} (runs: ${renders.map((ms) => ms.toFixed(0)).join(', ')}; target ≤ ${RENDER_TARGET_MS} ms)`);
} finally {
  await session.close();
}
