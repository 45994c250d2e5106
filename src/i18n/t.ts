import { browser } from 'wxt/browser';
import type id from '../../public/_locales/id/messages.json';

export type MessageKey = keyof typeof id;

/** A UI string from the extension's `_locales`, in the browser's language (Indonesian by default). */
export function t(key: MessageKey, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions);
}
