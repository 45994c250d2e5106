import { browser } from 'wxt/browser';
import { check } from '../checks';
import type { CheckOptions } from '../checks/engine';
import type { Report } from '../checks/types';
import { DEFAULT_CONFIG } from '../config/defaults';
import type { RuleConfig } from '../config/schema';
import type { ConfigChanged } from '../messaging/protocol';

/** The engine as a content script uses it: always with the config the background resolved. */
export interface Engine {
  check(text: string, options?: CheckOptions): Report;
  config(): RuleConfig;
  /** Calls `listener` whenever the config in force changes; returns the unsubscribe. */
  onChange(listener: () => void): () => void;
}

const isConfigChanged = (message: unknown): message is ConfigChanged =>
  typeof message === 'object' &&
  message !== null &&
  (message as { type?: unknown }).type === 'config/changed' &&
  typeof (message as { config?: { schemaVersion?: unknown } }).config?.schemaVersion === 'number';

/**
 * Holds the team config in a tab. Starts with the defaults (a draft is never left unchecked while
 * the background answers), asks the background for the resolved config, and takes every later
 * push from it, so a changed config applies without reloading the page.
 */
export function createEngine(addMessageListener: (listener: (message: unknown, sender: { id?: string; tab?: unknown }) => void) => void): Engine {
  let current: RuleConfig = DEFAULT_CONFIG;
  const listeners = new Set<() => void>();
  const use = (config: RuleConfig) => {
    current = config;
    for (const listener of listeners) listener();
  };
  // Only the background (our own id, not a tab) may change the rules this tab checks with.
  addMessageListener((message, sender) => {
    if (sender.id === browser.runtime.id && sender.tab === undefined && isConfigChanged(message)) use(message.config);
  });
  void browser.runtime
    .sendMessage({ type: 'config/get' })
    .then((reply: unknown) => {
      const config = (reply as { config?: RuleConfig } | undefined)?.config;
      if (config && typeof config.schemaVersion === 'number') use(config);
    })
    .catch(() => undefined);
  return {
    check: (text, options) => check(text, current, options),
    config: () => current,
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
