import { describe, expect, it } from 'vitest';
import { found, spans } from './found';

const RULE = 'classified.internal-address';

describe('classified.internal-address', () => {
  it('warns on private IPs, intranet hosts, internal ports and admin pages', () => {
    expect(found('Server absensi ada di 192.168.10.5, silakan akses.', RULE)).toEqual([{ text: '192.168.10.5', severity: 'warn' }]);
    expect(spans('buka http://10.20.30.40:8080/simpeg', RULE)).toEqual(['http://10.20.30.40:8080/simpeg']);
    expect(spans('cek 172.16.0.1 dan 172.31.255.254', RULE)).toEqual(['172.16.0.1', '172.31.255.254']);
    expect(spans('Login di intranet.kemenkeu.go.id ya', RULE)).toEqual(['intranet.kemenkeu.go.id']);
    expect(spans('file ada di nas.local/arsip', RULE)).toEqual(['nas.local/arsip']);
    expect(spans('Aplikasi di https://sipd.bandung.go.id:8443/login', RULE)).toEqual(['https://sipd.bandung.go.id:8443/login']);
    expect(spans('Edit berita lewat https://diskominfo.go.id/admin.', RULE)).toEqual(['https://diskominfo.go.id/admin']);
  });

  it('leaves public addresses, public IPs and the word "internal" alone', () => {
    for (const draft of [
      'Info lengkap di https://www.bandung.go.id/layanan',
      'DNS publik 8.8.8.8 dan 172.32.0.1 bukan alamat privat',
      'Rapat internal digelar besok',
      'Versi 10.2.3 sudah rilis',
      'Skor akhir 10.5 untuk tim kami',
    ]) {
      expect(spans(draft, RULE), draft).toEqual([]);
    }
  });
});
