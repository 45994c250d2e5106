import type { EpisodeRow, IncomingRow } from '../model';

export interface VolumeFigures {
  /** Incoming items that arrived in the period. */
  incoming: number;
  episodes: number;
  answered: number;
  /** Marked "no reply needed": counted, but not expected to be answered. */
  noReplyNeeded: number;
  /** Answered (here or elsewhere) ÷ episodes that needed a reply; by arrival date. */
  responseRate: number | undefined;
  /** Episodes still waiting for a reply: the drill-down of the unanswered part. */
  unansweredIds: string[];
}

export function volumeFigures(items: IncomingRow[], episodes: EpisodeRow[]): VolumeFigures {
  let answered = 0;
  let noReplyNeeded = 0;
  const unansweredIds: string[] = [];
  for (const episode of episodes) {
    if (episode.state === 'answered' || episode.state === 'answered-elsewhere') answered++;
    else if (episode.state === 'no-reply-needed') noReplyNeeded++;
    else unansweredIds.push(episode.id);
  }
  const eligible = episodes.length - noReplyNeeded;
  return {
    incoming: items.length,
    episodes: episodes.length,
    answered,
    noReplyNeeded,
    responseRate: eligible === 0 ? undefined : answered / eligible,
    unansweredIds,
  };
}
