import { browser } from 'wxt/browser';
import { z } from 'zod';
import { defaultResponses, type ResponsesConfig } from '../config/responses';
import { database } from '../store/db';
import { queueHandlers } from './handlers';

const RETENTION_ALARM = 'pilar-retention';
const WRITE_ERROR_KEY = 'queueWriteError';
const OBSERVER_KEY = 'observerId';
const WriteError = z.object({ name: z.string(), at: z.number() });

/** This browser's id, made once and kept in extension storage. */
export async function observer(): Promise<string> {
  const stored = (await browser.storage.local.get(OBSERVER_KEY))[OBSERVER_KEY];
  if (typeof stored === 'string') return stored;
  const id = crypto.randomUUID();
  await browser.storage.local.set({ [OBSERVER_KEY]: id });
  return id;
}

/**
 * The reply queue in the background: its message handlers, the live broadcast to open pages and
 * the daily retention alarm. `config` gives the team config's reply-queue settings in force.
 */
export function startQueue(config: () => ResponsesConfig = defaultResponses) {
  // The last failed write is kept in memory too: when the disk is full, storage may fail as well.
  let lastError: z.infer<typeof WriteError> | undefined;
  const queue = queueHandlers({
    db: database,
    config,
    now: Date.now,
    observer,
    broadcast: () => {
      // No page open is the usual case, not an error.
      browser.runtime.sendMessage({ type: 'queue/changed' }).catch(() => undefined);
    },
    writeFailed: async (error) => {
      lastError = error;
      await browser.storage.session.set({ [WRITE_ERROR_KEY]: error }).catch(() => undefined);
    },
    lastWriteError: async () => {
      if (lastError) return lastError;
      const parsed = WriteError.safeParse((await browser.storage.session.get(WRITE_ERROR_KEY).catch(() => ({}) as Record<string, unknown>))[WRITE_ERROR_KEY]);
      return parsed.success ? parsed.data : undefined;
    },
  });

  void browser.alarms.get(RETENTION_ALARM).then((alarm) => {
    if (!alarm) void browser.alarms.create(RETENTION_ALARM, { delayInMinutes: 1, periodInMinutes: 24 * 60 });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) void queue.retain().catch((error: unknown) => console.warn('[Pilar] retention:', error));
  });
  return queue;
}
