import { describe, expect, it } from 'vitest';
import { found, spans } from './found';

const RULE = 'tone.humor-in-tragedy';

describe('tone.humor-in-tragedy', () => {
  it('warns on laughter in a draft about a disaster or a death and offers to remove it', () => {
    expect(found('Banjir lagi di Kampung Melayu wkwkwk', RULE)).toEqual([{ text: 'wkwkwk', severity: 'warn', replacement: '' }]);
    expect(spans('Dua korban meninggal dunia dalam kecelakaan di tol 😂', RULE)).toEqual(['😂']);
    // A joke in a clause of its own is removed with its clause (see register-rules.test.ts).
    expect(spans('Gempa M5,2 guncang Cianjur, hahaha 🤣', RULE)).toEqual([', hahaha 🤣']);
  });

  it('leaves humour on light topics and sombre drafts without laughter alone', () => {
    expect(spans('Senin lagi, semangat kerja ya Sobat wkwk 😆', RULE)).toEqual([]);
    expect(spans('Kami turut berduka atas korban banjir di Bekasi.', RULE)).toEqual([]);
  });
});
