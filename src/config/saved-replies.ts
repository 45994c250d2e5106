import type { CATEGORIES } from '../tracker/model';

/** The placeholders a saved reply may hold; the admin fills them in the composer. */
export const PLACEHOLDERS = ['nama', 'nomor_tiket', 'kanal'] as const;

/** A saved reply as the defaults spell it out (the schema's output shape, without zod). */
export interface DefaultSavedReply {
  id: string;
  category: (typeof CATEGORIES)[number];
  title: string;
  text: string;
  platforms: [];
}

/**
 * Saved replies a public-service account can use as they are: one per kind of incoming item, in
 * the formal, warm register of an official account, each naming where the citizen gets an answer.
 */
export const DEFAULT_SAVED_REPLIES: DefaultSavedReply[] = [
  {
    id: 'aduan-diterima',
    category: 'aduan',
    title: 'Aduan diterima',
    text: 'Terima kasih, {nama}, atas laporan Anda. Aduan ini sudah kami catat dengan nomor {nomor_tiket} dan kami teruskan kepada unit terkait. Perkembangannya akan kami sampaikan melalui {kanal}.',
    platforms: [],
  },
  {
    id: 'pertanyaan-dijawab',
    category: 'pertanyaan',
    title: 'Menjawab pertanyaan',
    text: 'Terima kasih atas pertanyaannya, {nama}. Informasi lengkap dapat Anda peroleh melalui {kanal}. Bila masih ada yang ingin ditanyakan, silakan kirim pesan langsung kepada kami.',
    platforms: [],
  },
  {
    id: 'aspirasi-dicatat',
    category: 'aspirasi',
    title: 'Aspirasi dicatat',
    text: 'Terima kasih, {nama}, atas masukan Anda. Aspirasi ini kami catat dan kami sampaikan kepada pimpinan sebagai bahan pertimbangan.',
    platforms: [],
  },
  {
    id: 'apresiasi-terima-kasih',
    category: 'apresiasi',
    title: 'Terima kasih atas apresiasi',
    text: 'Terima kasih banyak, {nama}, atas apresiasinya. Kami akan terus berupaya memberikan pelayanan terbaik bagi masyarakat.',
    platforms: [],
  },
  {
    id: 'data-pribadi-lewat-dm',
    category: 'lainnya',
    title: 'Minta data lewat pesan langsung',
    text: 'Mohon maaf, {nama}, demi keamanan data pribadi Anda, mohon tidak menuliskan NIK atau nomor telepon di kolom komentar. Silakan kirimkan rinciannya melalui {kanal}.',
    platforms: [],
  },
];
