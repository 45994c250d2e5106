import { describe, expect, it } from 'vitest';
import { found, spans } from './found';

const RULE = 'tone.shouting';

describe('tone.shouting', () => {
  it('warns on a long all-caps run and offers normal case', () => {
    expect(found('Info banjir. HARAP SEMUA WARGA SEGERA MENGUNGSI', RULE)).toEqual([
      { text: 'HARAP SEMUA WARGA SEGERA MENGUNGSI', severity: 'warn', replacement: 'Harap semua warga segera mengungsi' },
    ]);
  });

  it('keeps acronyms upper-case in the suggestion', () => {
    expect(found('JANGAN LUPA BAWA KTP DAN KK ASLI', RULE)).toEqual([
      { text: 'JANGAN LUPA BAWA KTP DAN KK ASLI', severity: 'warn', replacement: 'Jangan lupa bawa KTP dan KK asli' },
    ]);
  });

  it('notes punctuation bursts and suggests one mark', () => {
    expect(found('Kenapa belum ada jawaban???', RULE)).toEqual([{ text: '???', severity: 'info', replacement: '?' }]);
    expect(found('Ayo datang!!!', RULE)).toEqual([{ text: '!!!', severity: 'info', replacement: '!' }]);
  });

  it('leaves acronyms, a short heading and single marks alone', () => {
    expect(spans('Pendaftaran BPJS, KTP dan PPKM di DKI Jakarta dibuka hari ini.', RULE)).toEqual([]);
    expect(spans('PENGUMUMAN: Kantor tutup pada hari Jumat.', RULE)).toEqual([]);
    expect(spans('Selamat pagi! Ada pertanyaan?', RULE)).toEqual([]);
  });

  it('follows the team threshold for a draft written mostly in capitals', () => {
    const draft = 'INFO PENTING: layanan tutup';
    expect(spans(draft, RULE)).toEqual([]);
    expect(spans(draft, RULE, { thresholds: { shoutingRatio: 0.3 } })).toEqual(['INFO PENTING']);
  });
});
