import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { SCHEMA_FILES } from '../../../scripts/config-schema';
import { configJsonSchema, managedSchema, SUBSCRIPTION_KEYS } from '../../../src/config/json-schema';
import { SETTING_KEYS } from '../../../src/config/schema';

const ROOT = join(import.meta.dirname, '../../..');

describe('generated schemas', () => {
  test.each(Object.entries(SCHEMA_FILES))('%s is up to date with the zod schema (run npm run config:schema)', (file, make) => {
    expect(JSON.parse(readFileSync(join(ROOT, file), 'utf8'))).toEqual(make());
  });

  test('the JSON Schema lists every setting, saved replies included, and refuses unknown keys', () => {
    const schema = configJsonSchema() as { properties: Record<string, { items?: { properties?: object } }>; additionalProperties: unknown };
    expect(Object.keys(schema.properties).sort()).toEqual(['$schema', 'schemaVersion', ...SETTING_KEYS].sort());
    expect(Object.keys(schema.properties.templates?.items?.properties ?? {}).sort()).toEqual(['category', 'id', 'platforms', 'text', 'title']);
    expect(schema.additionalProperties).toBe(false);
  });

  test("the managed schema has one key per setting plus the subscription, in Chrome's subset", () => {
    const schema = managedSchema() as { type: string; properties: Record<string, object>; additionalProperties?: unknown };
    expect(schema.type).toBe('object');
    expect(schema).not.toHaveProperty('additionalProperties');
    expect(Object.keys(schema.properties).sort()).toEqual([...SETTING_KEYS, ...SUBSCRIPTION_KEYS].sort());
    const visit = (node: Record<string, unknown>, path: string) => {
      expect(typeof node.type, path).toBe('string');
      // Chrome: "Only integers can have minimum and maximum" (the extension would not load).
      if (node.type !== 'integer') expect(node, path).not.toHaveProperty('minimum');
      for (const key of Object.keys(node)) expect(['type', 'enum', 'minimum', 'maximum', 'description', 'properties', 'items', 'additionalProperties'], `${path}.${key}`).toContain(key);
      for (const [name, child] of Object.entries((node.properties ?? {}) as Record<string, Record<string, unknown>>)) visit(child, `${path}.${name}`);
      if (node.items) visit(node.items as Record<string, unknown>, `${path}[]`);
      if (typeof node.additionalProperties === 'object') visit(node.additionalProperties as Record<string, unknown>, `${path}.*`);
    };
    for (const [key, node] of Object.entries(schema.properties)) visit(node as Record<string, unknown>, key);
  });
});
