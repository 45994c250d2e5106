import type { Platform } from '../messaging/protocol';

/** The hosts Pilar runs on, and the platform each belongs to. */
export const PLATFORM_HOSTS: Readonly<Record<string, Exclude<Platform, 'generic'>>> = {
  'x.com': 'x',
  'twitter.com': 'x',
  'www.facebook.com': 'facebook',
  'web.facebook.com': 'facebook',
  'business.facebook.com': 'facebook',
  'www.instagram.com': 'instagram',
  'www.linkedin.com': 'linkedin',
  'www.youtube.com': 'youtube',
  'studio.youtube.com': 'youtube',
  'www.tiktok.com': 'tiktok',
  'www.threads.com': 'threads',
  'www.threads.net': 'threads',
};

/** Match patterns for the manifest: https only, exactly the hosts above. */
export const PLATFORM_MATCHES = Object.keys(PLATFORM_HOSTS).map((host) => `https://${host}/*`);

export function platformOfUrl(url: string): Exclude<Platform, 'generic'> | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'https:') return undefined;
    return PLATFORM_HOSTS[parsed.hostname];
  } catch {
    return undefined;
  }
}
