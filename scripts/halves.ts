// One fixed split of every dev file into a tuning half and a blind half. A row's half depends only
// on its id (and its group, which keeps each kind of row balanced), so the split is the same on
// every run and does not move when rows are added.
export type Half = 'tune' | 'blind';
export const HALVES: readonly Half[] = ['tune', 'blind'];
export const SPLIT_SEED = 20261204;

/** FNV-1a of the seed and the id: a stable pseudo-random rank per row. */
function rank(id: string): number {
  let h = 0x811c9dc5 ^ SPLIT_SEED;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h >>> 0;
}

/** Within each group, rows ranked by hash; the first half (rounded up) tunes, the rest is blind. */
export function splitHalves<T>(rows: readonly T[], idOf: (row: T) => string, groupOf: (row: T) => string = () => ''): Map<T, Half> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(groupOf(row), [...(groups.get(groupOf(row)) ?? []), row]);
  const half = new Map<T, Half>();
  for (const members of groups.values()) {
    const ranked = members.map((row) => ({ row, r: rank(idOf(row)) })).sort((a, b) => a.r - b.r);
    ranked.forEach(({ row }, i) => half.set(row, i < Math.ceil(ranked.length / 2) ? 'tune' : 'blind'));
  }
  return half;
}
