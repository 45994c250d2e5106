import { describe, expect, test } from 'vitest';
import { check } from '../../../src/checks';
import { DEFAULT_CONFIG } from '../../../src/config/defaults';
import { resolveConfig } from '../../../src/config/resolve';

const blocks = (config: Parameters<typeof check>[1], text: string) => check(text, config).findings.some((f) => f.severity === 'block');

describe('resolveConfig: policy > team > local > defaults', () => {
  test('with no source every setting is the default and says so', () => {
    const resolved = resolveConfig({});
    expect(resolved.config).toEqual(DEFAULT_CONFIG);
    expect(new Set(Object.values(resolved.sources))).toEqual(new Set(['default']));
  });

  test('each setting comes from the strongest source that sets it', () => {
    const resolved = resolveConfig({
      policy: { guard: { failClosed: true } },
      team: { terms: { classified: { block: ['Operasi Garuda Senja'] } }, guard: { failClosed: false } },
      local: { terms: { classified: { block: ['lokal saja'] } }, thresholds: { pillarCovered: 0.3 }, language: 'en' },
    });
    expect(resolved.config.guard.failClosed).toBe(true);
    expect(resolved.config.terms.classified.block).toEqual(['Operasi Garuda Senja']);
    expect(resolved.config.thresholds.pillarCovered).toBe(0.3);
    expect(resolved.sources).toMatchObject({ guard: 'policy', terms: 'team', thresholds: 'local', language: 'local', rules: 'default', templates: 'default' });
    expect(blocks(resolved.config, 'Rapat Operasi Garuda Senja besok')).toBe(true);
    expect(blocks(resolved.config, 'lokal saja')).toBe(false);
  });

  test('a bad policy key is dropped with its problem; the good policy keys still lock', () => {
    const resolved = resolveConfig({
      policy: { language: 'jawa', terms: { tone: { block: ['kampungan'] } }, unknownKey: 1 },
      local: { language: 'en' },
    });
    expect(resolved.sources.language).toBe('local');
    expect(resolved.config.language).toBe('en');
    expect(resolved.sources.terms).toBe('policy');
    expect(resolved.problems).toEqual([expect.objectContaining({ source: 'policy', path: '$.language' })]);
  });

  test('sources are not changed by resolving', () => {
    const team = { terms: { tone: { block: ['x'] } } };
    const copy = structuredClone(team);
    resolveConfig({ team });
    expect(team).toEqual(copy);
  });
});
