import { describe, expect, it } from 'vitest';
import { found } from './found';

const RULE = 'tone.negative';

describe('tone.negative', () => {
  it('marks the most negative sentence of a negative draft', () => {
    const draft = 'Terima kasih laporannya. Jujur kami juga kecewa dan kesal, petugasnya lambat dan pelayanannya buruk sekali.';
    const [finding, ...rest] = found(draft, RULE);
    expect(rest).toEqual([]);
    expect(finding?.text).toBe('Jujur kami juga kecewa dan kesal, petugasnya lambat dan pelayanannya buruk sekali.');
  });

  it('leaves ordinary official announcements alone, including notices of closures and warnings', () => {
    for (const draft of [
      'Jalan Sudirman ditutup sementara karena perbaikan saluran air. Mohon maaf atas ketidaknyamanannya.',
      'Dilarang membuang sampah di sungai. Pelanggar dikenakan sanksi sesuai Perda Nomor 3 Tahun 2020.',
      'Kami belum menerima laporan korban jiwa. Warga diminta tidak panik dan tetap waspada.',
      'HARAP SEMUA WARGA SEGERA MENGUNGSI KE BALAI DESA.',
    ]) {
      expect(found(draft, RULE)).toEqual([]);
    }
  });

  it('follows the team threshold', () => {
    const draft = 'Pelayanannya lambat, kami kecewa.';
    expect(found(draft, RULE, { thresholds: { negativeSentiment: 1 } })).toEqual([]);
    expect(found(draft, RULE, { thresholds: { negativeSentiment: 0.5 } })).toHaveLength(1);
  });
});
