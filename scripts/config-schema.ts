// Writes the config's JSON Schema and Chrome's managed-storage schema, both generated from the zod
// schema in src/config. Run after changing the schema: `npm run config:schema`. A unit test fails
// while the committed files differ from what this writes.
import { writeFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configJsonSchema, managedSchema } from '../src/config/json-schema.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SCHEMA_FILES = {
  'public/config.schema.json': configJsonSchema,
  'public/managed_schema.json': managedSchema,
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [file, make] of Object.entries(SCHEMA_FILES)) {
    writeFileSync(join(ROOT, file), `${JSON.stringify(make(), null, 2)}\n`);
    console.log(`wrote ${file}`);
  }
}
