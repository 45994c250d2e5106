import type { SiteAdapter } from './adapter';
import { facebookAdapter } from './facebook';
import { genericAdapter } from './generic';
import { instagramAdapter } from './instagram';
import { linkedinAdapter } from './linkedin';
import { PLATFORM_HOSTS } from './platforms';
import { threadsAdapter } from './threads';
import { tiktokAdapter } from './tiktok';
import { xAdapter } from './x';
import { youtubeAdapter } from './youtube';

const ADAPTERS: Record<SiteAdapter['platform'], SiteAdapter> = {
  x: xAdapter,
  facebook: facebookAdapter,
  instagram: instagramAdapter,
  linkedin: linkedinAdapter,
  youtube: youtubeAdapter,
  tiktok: tiktokAdapter,
  threads: threadsAdapter,
  generic: genericAdapter,
};

/**
 * The adapter for a host: the platform's own, or the generic one on a site the admin turned
 * Pilar on for (the content script only runs on such sites besides the platforms).
 */
export function adapterForHost(host: string): SiteAdapter {
  return ADAPTERS[PLATFORM_HOSTS[host] ?? 'generic'];
}
