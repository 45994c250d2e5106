import type { EpisodeRow, IncomingRow } from '../model';
import type { Span } from './period';
import { within } from './period';
import type { ResponseFigures } from './response';
import type { PostStatsRow } from './rows';
import type { VolumeFigures } from './volume';

/** The five measures of return in PermenPAN-RB 83/2012 (pemantauan dan evaluasi). */
export const MEASURES = ['frequency-reach', 'traffic', 'influence', 'engagement', 'sustainability'] as const;
export type MeasureId = (typeof MEASURES)[number];

/** What a measure could not be filled with, and where that figure lives instead. */
export type Unobserved = 'reach-needs-insights' | 'traffic-needs-web-analytics' | 'post-counts-not-seen' | 'sentiment-not-measured';

export interface Measure {
  id: MeasureId;
  /** Figures the browser did observe, by a stable id (the UI names them). */
  observed: { id: string; value: number | undefined; ids?: string[] }[];
  unobserved: Unobserved[];
}

function postTotals(stats: PostStatsRow[], span: Span) {
  // The last count seen of each post in the period: counts only grow, so the latest is the truest.
  const latest = new Map<string, PostStatsRow>();
  for (const row of stats) {
    if (!within(span, row.seenAt)) continue;
    const key = `${row.platform}:${row.account}:${row.postId}`;
    const known = latest.get(key);
    if (!known || row.seenAt > known.seenAt) latest.set(key, row);
  }
  const sum = (field: 'likes' | 'replies' | 'reposts') => {
    const values = [...latest.values()].map((row) => row[field]).filter((value): value is number => value !== undefined);
    return values.length === 0 ? undefined : values.reduce((a, b) => a + b, 0);
  };
  return { posts: latest.size, likes: sum('likes'), replies: sum('replies'), reposts: sum('reposts') };
}

/**
 * The guideline's five measures, filled with what the pages showed while Pilar was open and
 * plainly marked where a browser cannot see the figure (web traffic, reach, sentiment).
 */
export function fiveMeasures(input: {
  span: Span;
  previous: Span;
  items: IncomingRow[];
  previousItems: IncomingRow[];
  episodes: EpisodeRow[];
  volume: VolumeFigures;
  response: ResponseFigures;
  postStats: PostStatsRow[];
  coverageShare: number | undefined;
}): Measure[] {
  const authors = new Set(input.items.map((item) => `${item.platform}:${item.author}`));
  const earlier = new Set(input.previousItems.map((item) => `${item.platform}:${item.author}`));
  const returning = [...authors].filter((author) => earlier.has(author)).length;
  const posts = postTotals(input.postStats, input.span);
  const noPosts = posts.posts === 0;
  return [
    {
      id: 'frequency-reach',
      observed: [
        { id: 'incoming', value: input.volume.incoming },
        { id: 'unique-citizens', value: authors.size },
        { id: 'episodes', value: input.volume.episodes, ids: input.episodes.map((e) => e.id) },
      ],
      unobserved: ['reach-needs-insights'],
    },
    { id: 'traffic', observed: [], unobserved: ['traffic-needs-web-analytics'] },
    {
      id: 'influence',
      observed: noPosts ? [] : [{ id: 'reposts', value: posts.reposts }],
      unobserved: noPosts ? ['post-counts-not-seen', 'sentiment-not-measured'] : ['sentiment-not-measured'],
    },
    {
      id: 'engagement',
      observed: [
        { id: 'response-rate', value: input.volume.responseRate, ids: input.volume.unansweredIds },
        { id: 'median-first-response-ms', value: input.response.wall.median?.ms },
        { id: 'within-target', value: input.response.withinTarget.share, ids: input.response.withinTarget.lateIds },
        ...(noPosts ? [] : [{ id: 'likes', value: posts.likes }, { id: 'comments', value: posts.replies }]),
      ],
      unobserved: noPosts ? ['post-counts-not-seen'] : [],
    },
    {
      id: 'sustainability',
      observed: [
        { id: 'returning-citizens', value: returning },
        { id: 'incoming-previous-period', value: input.previousItems.length },
        { id: 'coverage-share', value: input.coverageShare },
      ],
      unobserved: [],
    },
  ];
}
