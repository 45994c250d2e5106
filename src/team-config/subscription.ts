import type { LocalizedText } from '../checks/types';
import { migrate } from '../config/migrate';
import { parseConfig, type ConfigProblem } from '../config/parse';

/** RS-08: a team document larger than this is refused before parsing. */
export const MAX_DOCUMENT_BYTES = 1024 * 1024;
export const DEFAULT_HOURS = 6;
const TIMEOUT_MS = 15_000;

export interface FetchFailure {
  at: number;
  message: LocalizedText;
  /** Every problem of an invalid document, with its JSON path. */
  problems: ConfigProblem[];
}

/** The team subscription as the background keeps it in `storage.local`. */
export interface Subscription {
  url: string;
  hours: number;
  etag?: string;
  /** The last good document (migrated to the current version), in force until a better one comes. */
  document?: Record<string, unknown>;
  checkedAt?: number;
  /** When the document in force was last confirmed (fetched, or answered 304). */
  okAt?: number;
  failure?: FetchFailure;
}

/** The `https` URL as given, or undefined: a team config never comes over plain http or from a file. */
export function subscriptionUrl(input: string): URL | undefined {
  try {
    const url = new URL(input.trim());
    return url.protocol === 'https:' && url.hostname !== '' && url.username === '' && url.password === '' ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The one host permission a subscription needs: its own host (match patterns carry no port). */
export const originPattern = (url: URL) => `${url.protocol}//${url.hostname}/*`;

const text = (id: string, en: string): LocalizedText => ({ id, en });

/**
 * Fetches the team document once, with `If-None-Match` when one is in force. Whatever goes wrong
 * (network, HTTP status, size, JSON, schema), the last good document stays and the failure says
 * when and why. Only the background calls this.
 */
export async function refreshSubscription(subscription: Subscription, fetchFn: typeof fetch, now = Date.now()): Promise<Subscription> {
  const fail = (message: LocalizedText, problems: ConfigProblem[] = []): Subscription => ({
    ...subscription,
    checkedAt: now,
    failure: { at: now, message, problems },
  });
  let response: Response;
  try {
    response = await fetchFn(subscription.url, {
      headers: subscription.etag && subscription.document ? { 'If-None-Match': subscription.etag } : {},
      credentials: 'omit',
      cache: 'no-store',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail(text(`tidak dapat mengambil konfigurasi tim (${detail})`, `could not fetch the team config (${detail})`));
  }
  if (response.status === 304 && subscription.document) {
    return { ...subscription, checkedAt: now, okAt: now, failure: undefined };
  }
  if (!response.ok) return fail(text(`server menjawab HTTP ${response.status}`, `the server answered HTTP ${response.status}`));
  if (!new URL(response.url || subscription.url).protocol.startsWith('https')) {
    return fail(text('konfigurasi dialihkan ke alamat yang bukan https', 'the config was redirected to an address that is not https'));
  }
  const body = await response.text().catch(() => undefined);
  if (body === undefined) return fail(text('isi jawaban server tidak terbaca', 'the server’s answer could not be read'));
  if (new TextEncoder().encode(body).length > MAX_DOCUMENT_BYTES) {
    return fail(text(`dokumen lebih besar dari ${MAX_DOCUMENT_BYTES} bita`, `the document is larger than ${MAX_DOCUMENT_BYTES} bytes`));
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return fail(text(`bukan JSON yang sah: ${detail}`, `not valid JSON: ${detail}`));
  }
  const parsed = parseConfig(json);
  if (!parsed.ok) {
    return fail(text(`dokumen memuat ${parsed.problems.length} masalah`, `the document has ${parsed.problems.length} problem(s)`), parsed.problems);
  }
  const migrated = migrate(json);
  return {
    ...subscription,
    etag: response.headers.get('etag') ?? undefined,
    document: (migrated.ok ? migrated.document : json) as Record<string, unknown>,
    checkedAt: now,
    okAt: now,
    failure: undefined,
  };
}
