import { z } from 'zod';
import { RuleConfigSchema, SETTING_KEYS } from './schema';

/** Settings only a policy or the admin's own browser sets, besides the team's rule config. */
export const SUBSCRIPTION_KEYS = ['subscriptionUrl', 'subscriptionHours'] as const;

type JsonSchema = Record<string, unknown>;

/**
 * The rule config as a JSON Schema (draft 2020-12) for editors and pipelines: a team file that
 * names it in `$schema` gets completion and checks while being written.
 */
export function configJsonSchema(): JsonSchema {
  const generated = z.toJSONSchema(RuleConfigSchema, { io: 'input', target: 'draft-2020-12' }) as JsonSchema;
  return {
    $schema: generated.$schema,
    $id: 'https://pilar.id/schema/config-v2.json',
    title: 'Pilar rule config (konfigurasi aturan Pilar)',
    ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== '$schema')),
  };
}

/**
 * Chrome's `managed_schema.json` for enterprise policy: one key per setting, so a policy can set
 * (and lock) some settings and leave the rest to the team file. Chrome accepts a draft-03 subset:
 * one `type` per node, no `additionalProperties` at the top, no `anyOf`; Pilar re-validates every
 * key with zod anyway, so the managed schema only has to describe the shape.
 */
export function managedSchema(): JsonSchema {
  const full = z.toJSONSchema(RuleConfigSchema, { io: 'input', target: 'draft-4' }) as { properties: Record<string, JsonSchema> };
  const properties: Record<string, JsonSchema> = {};
  for (const key of SETTING_KEYS) properties[key] = chromeSubset(full.properties[key]!, key);
  properties.subscriptionUrl = { type: 'string', description: 'https URL of the team config' };
  properties.subscriptionHours = { type: 'integer', minimum: 1, maximum: 168, description: 'hours between fetches of the team config' };
  return { type: 'object', properties };
}

const KEPT = new Set(['type', 'enum', 'minimum', 'maximum', 'description']);

function chromeSubset(node: JsonSchema, path: string): JsonSchema {
  // A nullable setting (a day off is `null`) is described by its object form; null passes zod.
  const branches = node.anyOf as JsonSchema[] | undefined;
  const nonNull = branches?.filter((branch) => branch.type !== 'null');
  if (branches && nonNull?.length === 1 && branches.length === 2) return chromeSubset({ ...nonNull[0], ...(node.description ? { description: node.description } : {}) }, path);
  if (typeof node.type !== 'string') throw new Error(`managed schema: ${path} has no single type`);
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(node)) {
    if (KEPT.has(key)) out[key] = value;
    else if (key === 'properties') {
      out.properties = Object.fromEntries(Object.entries(value as Record<string, JsonSchema>).map(([name, child]) => [name, chromeSubset(child, `${path}.${name}`)]));
    } else if (key === 'items') out.items = chromeSubset(value as JsonSchema, `${path}[]`);
    else if (key === 'additionalProperties' && typeof value === 'object') out.additionalProperties = chromeSubset(value as JsonSchema, `${path}.*`);
    else if (['anyOf', 'oneOf', 'allOf', '$ref'].includes(key)) throw new Error(`managed schema: ${path} uses ${key}`);
  }
  // A `const` (a literal) becomes a one-value enum, which Chrome understands.
  if ('const' in node) out.enum = [node.const];
  // Chrome refuses to load an extension whose managed schema bounds a non-integer number.
  if (out.type !== 'integer') {
    delete out.minimum;
    delete out.maximum;
  }
  return out;
}
