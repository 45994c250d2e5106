import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { LocalizedText } from '../../checks/types';
import { parseConfig, type ConfigProblem } from '../../config/parse';
import { SOURCES } from '../../config/resolve';
import { RuleConfigSchema, SETTING_KEYS, type RuleConfig, type SettingKey } from '../../config/schema';
import type { ConfigChange, ConfigState, Message } from '../../messaging/protocol';
import { sendToBackground } from '../../messaging/send';
import { localized } from '../overlay/localized';

const Text = z.object({ id: z.string(), en: z.string() });
const Problem = z.object({ path: z.string(), message: Text });
const Failure = z.object({ at: z.number(), message: Text, problems: z.array(Problem) });

/** The background's answers, checked before the page renders them. */
export const ConfigStateReply: z.ZodType<ConfigState> = z.object({
  config: RuleConfigSchema,
  sources: z.record(z.enum(SETTING_KEYS), z.enum(SOURCES)),
  local: z.record(z.string(), z.unknown()),
  policyKeys: z.array(z.enum(SETTING_KEYS)),
  problems: z.array(Problem.extend({ source: z.enum(SOURCES) })),
  subscription: z
    .object({
      url: z.string(),
      hours: z.number(),
      etag: z.string().optional(),
      document: z.record(z.string(), z.unknown()).optional(),
      checkedAt: z.number().optional(),
      okAt: z.number().optional(),
      failure: Failure.optional(),
    })
    .nullable(),
  subscriptionLocked: z.boolean(),
}) as z.ZodType<ConfigState>;

export const ConfigChangeReply: z.ZodType<ConfigChange> = z.union([
  z.object({ ok: z.literal(true), state: ConfigStateReply }),
  z.object({ ok: z.literal(false), problems: z.array(Problem) }),
]) as z.ZodType<ConfigChange>;

export const text = (message: LocalizedText) => localized(message);
export const problemLine = (problem: ConfigProblem) => `${problem.path}: ${localized(problem.message)}`;

/** A setting the admin may not edit here: an enterprise policy or the team file sets it. */
export const isLocked = (state: ConfigState, key: SettingKey) => state.sources[key] === 'policy' || state.sources[key] === 'team';

/**
 * The config the admin is editing: the locked settings as in force, the rest from the local
 * document being edited. This is what the preview checks with and what Save would put in force.
 */
export function editingConfig(state: ConfigState, local: Record<string, unknown>): RuleConfig {
  const document: Record<string, unknown> = { ...local };
  for (const key of SETTING_KEYS) if (isLocked(state, key)) document[key] = state.config[key];
  const parsed = parseConfig(document);
  return parsed.ok ? parsed.config : state.config;
}

export async function ask(message: Message): Promise<ConfigChange | undefined> {
  return sendToBackground(message, ConfigChangeReply);
}

/** The config state from the background, reloaded whenever the config in force changes. */
export function useConfigState() {
  const [state, setState] = useState<ConfigState | null | undefined>();
  const reload = useCallback(async () => {
    setState((await sendToBackground({ type: 'config/state' }, ConfigStateReply)) ?? null);
  }, []);
  useEffect(() => {
    void reload();
    const listener = (message: unknown, sender: { id?: string }) => {
      if (sender.id === browser.runtime.id && (message as { type?: unknown } | undefined)?.type === 'config/changed') void reload();
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, [reload]);
  return { state, setState, reload };
}
