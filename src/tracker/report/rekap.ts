import { CATEGORIES, type Category, type IncomingRow } from '../model';
import { arrivedAt } from './rows';

export interface RekapItem {
  key: string;
  platform: IncomingRow['platform'];
  author: string;
  /** The citizen's words as the page showed them, never reworded. */
  text: string;
  url: string;
  at: number;
}

export interface RekapTopic {
  /** The post or conversation the input was given on. */
  threadId: string;
  items: RekapItem[];
}

export interface RekapCategory {
  category: Category;
  count: number;
  topics: RekapTopic[];
}

/**
 * Rekap masukan masyarakat: the period's incoming items grouped by category, then by the post or
 * conversation they belong to, quoted verbatim, for the policy makers the guideline names.
 * Thanks and chatter (apresiasi, lainnya) come last; busiest topics first.
 */
export function rekap(items: IncomingRow[]): RekapCategory[] {
  const byCategory = new Map<Category, Map<string, RekapItem[]>>();
  for (const item of items) {
    let topics = byCategory.get(item.category);
    if (!topics) byCategory.set(item.category, (topics = new Map()));
    let list = topics.get(item.threadId);
    if (!list) topics.set(item.threadId, (list = []));
    list.push({ key: item.key, platform: item.platform, author: item.author, text: item.snippet, url: item.url, at: arrivedAt(item) });
  }
  return CATEGORIES.filter((category) => byCategory.has(category)).map((category) => {
    const topics = [...byCategory.get(category)!]
      .map(([threadId, list]) => ({ threadId, items: list.sort((a, b) => a.at - b.at || a.key.localeCompare(b.key)) }))
      .sort((a, b) => b.items.length - a.items.length || a.threadId.localeCompare(b.threadId));
    return { category, count: topics.reduce((sum, topic) => sum + topic.items.length, 0), topics };
  });
}
