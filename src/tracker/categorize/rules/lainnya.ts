import type { CategoryRules } from '../cue';

/**
 * Lainnya: what needs no answer from the agency: promotion and scams, greetings, tests, tagging
 * friends, banter, off-topic personal requests. Promotion patterns weigh enough to win over the
 * "tolong" and "mau tanya" they often borrow.
 */
export const lainnya: CategoryRules = {
  category: 'lainnya',
  description: 'promotion, spam, greetings, tests and other noise',
  cues: [
    {
      id: 'promotion',
      weight: 5,
      phrases: [
        'diskon', 'promo', 'klik link', 'link di bio', 'cek bio', 'di bio', 'hubungi admin kami', 'hubungi agen', 'hubungi kami',
        'follow back', 'folback', 'mampir ke toko', 'toko kami', 'jual', 'free ongkir', 'gratis ongkir', 'pinjaman online',
        'pinjol', 'tanpa bi checking', 'cair * menit', 'gaji * juta', 'tanpa biaya', 'order sekarang', 'wa me', 'dm for', 'endorse',
        'slot', 'gacor', 'judi', 'deposit', 'maxwin', 'jackpot', 'open order', 'ready stock', 'reseller', 'dropship', 'investasi',
        'profit', 'trading', 'crypto', 'daftar sekarang', 'cek dm', 'dm aku', 'subscribe', 'like back', 'kunjungi akun', 'follow akun',
        'jasa followers', 'followers murah',
      ],
    },
    { id: 'greeting', weight: 2, phrases: ['salam kenal', 'salam dari', 'nyimak', 'hadir', 'absen', 'pertamax', 'first', 'happy weekend', 'selamat berakhir pekan', 'selamat malam minggu', 'good morning', 'semangat pagi'] },
    { id: 'test', weight: 3, phrases: ['tes tes', 'test test', 'testing', 'komen saya masuk'] },
    { id: 'banter', weight: 2, phrases: ['wkwk*', 'haha*', 'followernya', 'kucing oren', 'sudah makan belum', 'ramein', 'bantu doa', 'sidang skripsi'] },
    { id: 'personal', weight: 2, phrases: ['kamu', 'jomblo', 'pacar', 'cantik', 'ganteng', 'kenalan', 'lagi apa', 'sudah makan'] },
    // A citizen asking about a message they received ("disuruh klik link, asli bukan?") is not the spam itself.
    { id: 'reported', weight: -4, phrases: ['disuruh', 'dapat sms', 'dapat pesan', 'dapat wa', 'ada sms', 'ada pesan', 'asli bukan', 'asli tidak', 'apakah benar', 'hoaks', 'hoax', 'penipuan', 'modus'] },
    { id: 'tags-only', weight: 2, raw: true, pattern: /^(?:@\S+\s+){2,}\S/ },
  ],
};
