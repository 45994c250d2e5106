import { describe, expect, test } from 'vitest';
import { MAX_DOCUMENT_BYTES, originPattern, refreshSubscription, subscriptionUrl, type Subscription } from '../../../src/team-config/subscription';

const URL_ = 'https://tim.example.go.id/pilar.json';

/** A server that answers from a queue and records what was asked. */
function server(...answers: (Response | Error)[]) {
  const requests: RequestInit[] = [];
  const fetchFn = (async (_url: string, init: RequestInit) => {
    requests.push(init);
    const answer = answers.shift()!;
    if (answer instanceof Error) throw answer;
    return answer;
  }) as unknown as typeof fetch;
  return { fetchFn, requests };
}

const json = (body: unknown, etag = '"v1"') => new Response(JSON.stringify(body), { status: 200, headers: { etag } });

describe('team subscription', () => {
  test('only https URLs without credentials are accepted, and the permission is for that origin alone', () => {
    expect(subscriptionUrl('http://tim.example.go.id/a.json')).toBeUndefined();
    expect(subscriptionUrl('https://user:pw@tim.example.go.id/a.json')).toBeUndefined();
    expect(subscriptionUrl('file:///etc/passwd')).toBeUndefined();
    expect(originPattern(subscriptionUrl(` ${URL_} `)!)).toBe('https://tim.example.go.id/*');
    expect(originPattern(subscriptionUrl('https://tim.example.go.id:8443/a.json')!)).toBe('https://tim.example.go.id/*');
  });

  test('a good document is kept with its ETag; the next fetch sends If-None-Match and a 304 keeps it', async () => {
    const { fetchFn, requests } = server(json({ terms: { tone: { block: ['kampungan'] } } }), new Response(null, { status: 304 }));
    const first = await refreshSubscription({ url: URL_, hours: 6 }, fetchFn, 1000);
    expect(first.document).toEqual({ terms: { tone: { block: ['kampungan'] } }, schemaVersion: 2 });
    expect(first.etag).toBe('"v1"');
    expect(first.okAt).toBe(1000);
    const second = await refreshSubscription(first, fetchFn, 2000);
    expect(requests[1]?.headers).toEqual({ 'If-None-Match': '"v1"' });
    expect(requests.every((r) => r.credentials === 'omit')).toBe(true);
    expect(second.document).toEqual(first.document);
    expect(second.okAt).toBe(2000);
  });

  test.each([
    ['a network error', new Error('net::ERR_NAME_NOT_RESOLVED'), 'could not fetch'],
    ['an HTTP error', new Response('nope', { status: 500 }), 'HTTP 500'],
    ['broken JSON', new Response('{"terms": {', { status: 200 }), 'not valid JSON'],
    ['an invalid config', json({ language: 'jawa' }, '"v2"'), '1 problem'],
    ['an oversize document', new Response(`{"x":"${'a'.repeat(MAX_DOCUMENT_BYTES)}"}`, { status: 200 }), 'larger than'],
  ])('%s keeps the last good document and says when and why', async (_name, answer, why) => {
    const good: Subscription = { url: URL_, hours: 6, etag: '"v1"', document: { terms: { tone: { block: ['kampungan'] } } }, okAt: 1000 };
    const { fetchFn } = server(answer);
    const next = await refreshSubscription(good, fetchFn, 5000);
    expect(next.document).toEqual(good.document);
    expect(next.etag).toBe('"v1"');
    expect(next.okAt).toBe(1000);
    expect(next.failure?.at).toBe(5000);
    expect(next.failure?.message.en).toContain(why);
    expect(next.failure?.message.id.length).toBeGreaterThan(0);
  });

  test('an invalid document lists every problem with its path', async () => {
    const { fetchFn } = server(json({ language: 'jawa', extra: true }));
    const next = await refreshSubscription({ url: URL_, hours: 6 }, fetchFn, 1);
    expect(next.failure?.problems.map((p) => p.path).sort()).toEqual(['$.extra', '$.language']);
    expect(next.document).toBeUndefined();
  });
});
