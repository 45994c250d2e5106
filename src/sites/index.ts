import type { SiteAdapter } from './adapter';
import { facebookAdapter } from './facebook';
import { PLATFORM_HOSTS } from './platforms';
import { xAdapter } from './x';

const ADAPTERS: Partial<Record<SiteAdapter['platform'], SiteAdapter>> = {
  x: xAdapter,
  facebook: facebookAdapter,
};

/** The adapter for a host, if Pilar knows the site. */
export function adapterForHost(host: string): SiteAdapter | undefined {
  const platform = PLATFORM_HOSTS[host];
  return platform ? ADAPTERS[platform] : undefined;
}
