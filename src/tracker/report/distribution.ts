import type { EpisodeRow } from '../model';
import { targetClock, waitOf, type Clocks } from './clock';

const H = 3_600_000;

/** Upper bounds of the buckets, as Chatwoot's first-response distribution draws them. */
export const BUCKETS = [
  { id: '0-1h', upToMs: H },
  { id: '1-4h', upToMs: 4 * H },
  { id: '4-8h', upToMs: 8 * H },
  { id: '8-24h', upToMs: 24 * H },
  { id: '24h+', upToMs: Infinity },
] as const;
export type BucketId = (typeof BUCKETS)[number]['id'];

export interface Bucket {
  id: BucketId;
  answered: number;
  /** Episodes that wait now and have already waited this long (they can only move right). */
  waiting: number;
  ids: string[];
}

/** First responses by bucket on the target's clock; waiting episodes by their age so far. */
export function distribution(episodes: EpisodeRow[], now: number, clocks: Clocks): Bucket[] {
  const buckets: Bucket[] = BUCKETS.map(({ id }) => ({ id, answered: 0, waiting: 0, ids: [] }));
  const clock = targetClock(clocks);
  for (const episode of episodes) {
    if (episode.state !== 'answered' && episode.state !== 'open') continue;
    const wait = waitOf(episode, now, clock);
    const bucket = buckets[BUCKETS.findIndex((b) => wait.ms < b.upToMs)]!;
    if (wait.answered) bucket.answered++;
    else bucket.waiting++;
    bucket.ids.push(episode.id);
  }
  return buckets;
}
