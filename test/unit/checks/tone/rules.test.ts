import { describe, expect, it } from 'vitest';
import { check, RULES } from '../../../../src/checks';
import { spans } from './found';

describe('tone rules', () => {
  it('are registered under their stable ids, abusive, hate and insult warning by default', () => {
    const tone = RULES.filter((r) => r.category === 'tone');
    expect(tone.map((r) => r.id).sort()).toEqual(
      ['tone.abusive', 'tone.clickbait', 'tone.hate', 'tone.insult', 'tone.humor-in-tragedy', 'tone.negative', 'tone.shouting', 'tone.stiff'].sort(),
    );
    expect(tone.filter((r) => r.defaultSeverity === 'block')).toEqual([]);
  });

  it('explain a finding with its reason in both languages', () => {
    const [hate] = check('Orang Cina itu penipu semua').findings.filter((f) => f.rule === 'tone.hate');
    expect(hate?.message.id).toContain('UU ITE Pasal 28 ayat (2)');
    expect(hate?.message.en).toContain('ITE Law Art. 28(2)');
  });

  it('can be switched off by a team', () => {
    const draft = 'Dalam rangka HUT RI kami mengadakan lomba.';
    expect(spans(draft, 'tone.stiff')).toEqual(['Dalam rangka']);
    expect(spans(draft, 'tone.stiff', { rules: { 'tone.stiff': { enabled: false } } })).toEqual([]);
  });
});
