import { browser } from 'wxt/browser';
import { parseConfig, type ConfigProblem } from '../config/parse';
import { migrate } from '../config/migrate';
import { resolveConfig, settingsIn, type Resolved } from '../config/resolve';
import type { ConfigChange, ConfigChanged, ConfigState } from '../messaging/protocol';
import { PLATFORM_MATCHES } from '../sites/platforms';
import { DEFAULT_HOURS, originPattern, refreshSubscription, subscriptionUrl, type Subscription } from './subscription';

const LOCAL_KEY = 'pilar.config.local';
const SUBSCRIPTION_KEY = 'pilar.config.subscription';
export const REFRESH_ALARM = 'pilar.config.refresh';

type Document = Record<string, unknown>;

/** `storage.managed` never throws at us: no policy (or no schema, on Firefox) is an empty policy. */
async function readPolicy(): Promise<Document> {
  try {
    return ((await browser.storage.managed.get()) ?? {}) as Document;
  } catch {
    return {};
  }
}

const refusal = (problems: ConfigProblem[]): ConfigChange => ({ ok: false, problems });
const problem = (id: string, en: string): ConfigProblem[] => [{ path: '$', message: { id, en } }];

/**
 * The background's side of team configs: reads the three sources, resolves them
 * (`policy > team > local > defaults`), pushes the result to every open tab and page, and keeps the
 * team subscription fresh on an alarm. The single writer of the config's storage.
 */
export function createConfigService() {
  let resolved: Resolved | undefined;
  let policy: Document = {};

  const readLocal = async () => ((await browser.storage.local.get(LOCAL_KEY))[LOCAL_KEY] ?? {}) as Document;
  const readSubscription = async () => ((await browser.storage.local.get(SUBSCRIPTION_KEY))[SUBSCRIPTION_KEY] ?? null) as Subscription | null;

  /** The subscription with the policy's URL and interval in force over the admin's own. */
  async function effectiveSubscription(): Promise<Subscription | null> {
    const stored = await readSubscription();
    const url = typeof policy.subscriptionUrl === 'string' ? subscriptionUrl(policy.subscriptionUrl)?.href : undefined;
    const hours = typeof policy.subscriptionHours === 'number' ? policy.subscriptionHours : undefined;
    if (url === undefined) return stored && hours ? { ...stored, hours } : stored;
    // A policy URL other than the one last fetched starts afresh.
    const base: Subscription = stored?.url === url ? stored : { url, hours: DEFAULT_HOURS };
    return { ...base, hours: hours ?? base.hours };
  }

  async function resolve(): Promise<Resolved> {
    policy = await readPolicy();
    const subscription = await effectiveSubscription();
    const next = resolveConfig({ policy, team: subscription?.document, local: await readLocal() });
    const changed = JSON.stringify(next.config) !== JSON.stringify(resolved?.config);
    resolved = next;
    if (changed) await push(next);
    return next;
  }

  async function push(next: Resolved) {
    const message: ConfigChanged = { type: 'config/changed', config: next.config };
    const tabs = await browser.tabs.query({});
    // A tab without Pilar's content script refuses the message; that is expected.
    await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message).catch(() => undefined))));
    await browser.runtime.sendMessage(message).catch(() => undefined);
  }

  async function scheduleRefresh(subscription: Subscription | null) {
    await browser.alarms.clear(REFRESH_ALARM);
    if (subscription) await browser.alarms.create(REFRESH_ALARM, { periodInMinutes: subscription.hours * 60 });
  }

  async function fetchTeam(): Promise<Subscription | null> {
    const subscription = await effectiveSubscription();
    if (!subscription) return null;
    const next = await refreshSubscription(subscription, fetch);
    await browser.storage.local.set({ [SUBSCRIPTION_KEY]: next });
    await resolve();
    return next;
  }

  async function state(): Promise<ConfigState> {
    const current = resolved ?? (await resolve());
    return {
      config: current.config,
      sources: current.sources,
      local: await readLocal(),
      policyKeys: settingsIn(policy).filter((key) => current.sources[key] === 'policy'),
      problems: current.problems,
      subscription: await effectiveSubscription(),
      subscriptionLocked: typeof policy.subscriptionUrl === 'string',
    };
  }

  const ready = resolve().then(async () => scheduleRefresh(await effectiveSubscription()));

  return {
    ready,
    async current() {
      return (resolved ?? (await resolve())).config;
    },
    state,
    /** The admin's edits or an imported file: refused whole, with every problem, if invalid. */
    async saveLocal(document: Document): Promise<ConfigChange> {
      const parsed = parseConfig(document);
      if (!parsed.ok) return refusal(parsed.problems);
      const migrated = migrate(document);
      const local = Object.fromEntries(settingsIn(migrated.ok ? migrated.document : document).map((key) => [key, (migrated.ok ? (migrated.document as Document) : document)[key]]));
      await browser.storage.local.set({ [LOCAL_KEY]: local });
      await resolve();
      return { ok: true, state: await state() };
    },
    async subscribe(input: string, hours = DEFAULT_HOURS): Promise<ConfigChange> {
      if (typeof policy.subscriptionUrl === 'string') return refusal(problem('alamat langganan ditetapkan oleh kebijakan', 'the subscription URL is set by policy'));
      const url = subscriptionUrl(input);
      if (!url) return refusal(problem('alamat harus https://…', 'the address must be https://…'));
      if (!(await browser.permissions.contains({ origins: [originPattern(url)] }))) {
        return refusal(problem(`izin untuk ${url.origin} belum diberikan`, `permission for ${url.origin} was not granted`));
      }
      const subscription: Subscription = { url: url.href, hours };
      await browser.storage.local.set({ [SUBSCRIPTION_KEY]: subscription });
      await scheduleRefresh(subscription);
      await fetchTeam();
      return { ok: true, state: await state() };
    },
    async unsubscribe(): Promise<ConfigChange> {
      const stored = await readSubscription();
      await browser.storage.local.remove(SUBSCRIPTION_KEY);
      await scheduleRefresh(await effectiveSubscription());
      if (stored && !isSitePermission(stored.url)) {
        await browser.permissions.remove({ origins: [originPattern(new URL(stored.url))] }).catch(() => false);
      }
      await resolve();
      return { ok: true, state: await state() };
    },
    async refresh(): Promise<ConfigChange> {
      await fetchTeam();
      return { ok: true, state: await state() };
    },
    /** The subscription's origin, which is not a site to run the content script on. */
    async subscriptionPattern(): Promise<string | undefined> {
      const subscription = await effectiveSubscription();
      return subscription ? originPattern(new URL(subscription.url)) : undefined;
    },
    onAlarm: (name: string) => (name === REFRESH_ALARM ? fetchTeam().then(() => undefined) : Promise.resolve()),
    onPolicyChanged: () => resolve().then(async () => scheduleRefresh(await effectiveSubscription())),
  };
}

// Platform hosts are granted at install; never give one of them back on unsubscribing.
const isSitePermission = (url: string) => PLATFORM_MATCHES.includes(originPattern(new URL(url)));
