// The government drafts written for Pilar (../shared/data/dev/governance_dev.jsonl), split once into
// a tuning half and a blind half by a seeded hash of each row's id: the same rows fall in the same
// half on every run and on every machine, and adding rows never moves the old ones.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from './data';

export interface GovernanceRow {
  id: string;
  text: string;
  pillars: { government: 0 | 1; business: 0 | 1; society: 0 | 1 };
  principles: string[];
  tone_expect: string[];
  tone_forbid: string[];
  sentiment: 'positive' | 'neutral' | 'negative';
  formality: 'formal' | 'informal';
  notes: string;
}

export type Half = 'tuning' | 'blind';

const SPLIT_SEED = 0x5eed2026;

/** FNV-1a of the id, mixed with the seed: the low bit decides the half. */
export function halfOf(id: string): Half {
  let hash = 0x811c9dc5 ^ SPLIT_SEED;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash ^= hash >>> 13;
  return (hash >>> 0) % 2 === 0 ? 'tuning' : 'blind';
}

export function readGovernance(half?: Half): GovernanceRow[] {
  const rows = readFileSync(join(DATA_DIR, 'governance_dev.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GovernanceRow);
  return half ? rows.filter((row) => halfOf(row.id) === half) : rows;
}
