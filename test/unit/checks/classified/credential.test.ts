import { describe, expect, it } from 'vitest';
import { found, spans } from './found';

const RULE = 'classified.credential';

describe('classified.credential', () => {
  it('blocks a password, PIN or OTP given with its value, and offers to remove the value', () => {
    expect(found('Akun admin web desa, password: Jakarta2024! jangan disebar', RULE)).toEqual([
      { text: 'Jakarta2024', severity: 'block', replacement: '••••••' },
    ]);
    expect(spans('kata sandi wifi adalah Pemkot#Aula', RULE)).toEqual(['Pemkot#Aula']);
    expect(spans('PIN ATM 123456 ya', RULE)).toEqual(['123456']);
    expect(spans('kode OTP 482913', RULE)).toEqual(['482913']);
  });

  it('blocks API keys and tokens by their published formats', () => {
    const stripe = 'sk_live_4eC39HqLyjWDarjtT1zdp7dc';
    const aws = 'AKIAIOSFODNN7EXAMPLE';
    const github = 'ghp_' + 'a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8';
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U';
    expect(spans(`config: ${stripe} dan ${aws}`, RULE)).toEqual([stripe, aws]);
    expect(spans(`token ${github}`, RULE)).toEqual([github]);
    expect(spans(`Authorization: Bearer ${jwt}`, RULE)).toEqual([jwt]);
  });

  it('leaves security advice and words that merely contain "pin" alone', () => {
    for (const draft of [
      'Jangan berikan kode OTP kepada siapa pun, termasuk petugas.',
      'Password minimal 8 karakter, gabungan huruf dan angka.',
      'PIN: jangan dibagikan ke orang lain',
      'Anak-anak pintar2 semua di sekolah ini',
      'Ganti kata sandi secara berkala ya',
      'Pin lokasi posko ada di peta',
      'Pendukung Anies-Sandi 2019 berkumpul di lapangan',
    ]) {
      expect(spans(draft, RULE), draft).toEqual([]);
    }
  });
});
