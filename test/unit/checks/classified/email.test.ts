import { describe, expect, it } from 'vitest';
import { found, spans } from './found';

const RULE = 'classified.email';

describe('classified.email', () => {
  it('warns on a personal address, also spelled out with [at] and [dot]', () => {
    expect(found('Kirim berkas ke budi.santoso88@gmail.com ya', RULE)).toEqual([{ text: 'budi.santoso88@gmail.com', severity: 'warn' }]);
    expect(spans('email saya siti (at) yahoo (dot) co (dot) id', RULE)).toEqual(['siti (at) yahoo (dot) co (dot) id']);
  });

  it('notes an officer’s own .go.id address and leaves service mailboxes alone', () => {
    expect(found('Hubungi andi.wijaya@jabarprov.go.id', RULE)).toEqual([{ text: 'andi.wijaya@jabarprov.go.id', severity: 'info' }]);
    expect(spans('Pengaduan: humas@kominfo.go.id atau ppid@bandung.go.id', RULE)).toEqual([]);
  });

  it('leaves handles and prose with an @ alone', () => {
    expect(spans('Terima kasih @budi_santoso, laporan diteruskan', RULE)).toEqual([]);
    expect(spans('Harga @ Rp5.000 per bungkus', RULE)).toEqual([]);
  });
});
