// Valid / invalid tables for the tone rules of the official register: what is marked, and the
// draft an admin is left with after accepting every fix.
import { ruleTester } from '../rule-tester';

ruleTester('tone.shouting', {
  valid: ['Pendaftaran BPJS, KTP dan PPKM di DKI Jakarta dibuka hari ini.', 'PENGUMUMAN: Kantor tutup pada hari Jumat.', 'Selamat pagi! Ada pertanyaan?'],
  invalid: [
    {
      draft: 'HARGA CABAI TURUN!!!!! DI PASAR INDUK SUKAMAJU SEKARANG CUMA RP38.000/KG!!!!! BURUAN SERBU SEBELUM NAIK LAGI!!!!!',
      found: ['HARGA CABAI TURUN!!!!! DI PASAR INDUK SUKAMAJU SEKARANG CUMA RP38.000/KG!!!!! BURUAN SERBU SEBELUM NAIK LAGI', '!!!!!'],
      fixed: 'Harga cabai turun! Di Pasar Induk Sukamaju sekarang cuma Rp38.000/kg! Buruan serbu sebelum naik lagi!',
    },
    {
      draft: 'KEPADA SELURUH ASN WAJIB MENGIKUTI APEL PAGI SENIN 6 OKTOBER 2025 DI HALAMAN KANTOR BUPATI. YANG TIDAK HADIR AKAN DIBERIKAN SANKSI.',
      found: ['KEPADA SELURUH ASN WAJIB MENGIKUTI APEL PAGI SENIN 6 OKTOBER 2025 DI HALAMAN KANTOR BUPATI. YANG TIDAK HADIR AKAN DIBERIKAN SANKSI'],
      fixed: 'Kepada seluruh ASN wajib mengikuti apel pagi Senin 6 Oktober 2025 di halaman Kantor Bupati. Yang tidak hadir akan diberikan sanksi.',
    },
    { draft: 'Info banjir. HARAP SEMUA WARGA SEGERA MENGUNGSI', found: ['HARAP SEMUA WARGA SEGERA MENGUNGSI'], fixed: 'Info banjir. Harap semua warga segera mengungsi' },
    { draft: 'Ayo datang!!!', found: ['!!!'], fixed: 'Ayo datang!', severity: 'info' },
  ],
});

ruleTester('tone.humor-in-tragedy', {
  valid: ['Senin lagi, semangat kerja ya Sobat wkwk 😆', 'Kami turut berduka atas korban banjir di Bekasi.'],
  invalid: [
    // The laughter sits in the clause with the news: only the laughter goes.
    { draft: 'Banjir lagi di Kampung Melayu wkwkwk', found: ['wkwkwk'], fixed: 'Banjir lagi di Kampung Melayu ', severity: 'warn' },
    { draft: 'RIP motor yang nekat nerobos banjir di underpass 😂😂 Total 23 motor mogok.', found: [' 😂😂'], fixed: 'RIP motor yang nekat nerobos banjir di underpass Total 23 motor mogok.' },
    // The joke is a clause of its own: the joke goes, not only the emoji.
    { draft: 'Gempa M5,2 guncang Cianjur, hahaha 🤣', found: [', hahaha 🤣'], fixed: 'Gempa M5,2 guncang Cianjur' },
    {
      draft: 'Gempa M4,9 tadi kerasa sampai kantor, lumayan lah buat goyang pagi-pagi biar nggak ngantuk 😂🕺 Belum ada laporan kerusakan ya, Sob.',
      found: [', lumayan lah buat goyang pagi-pagi biar nggak ngantuk 😂🕺 '],
      fixed: 'Gempa M4,9 tadi kerasa sampai kantor. Belum ada laporan kerusakan ya, Sob.',
    },
  ],
});

ruleTester('tone.stiff', {
  valid: ['Halo Sobat! Untuk memeriahkan HUT RI, yuk ikut lomba di balai desa.', 'Kami menghormati masukan warga dengan sepenuh hati.'],
  invalid: [
    { draft: 'Dalam rangka HUT kota, layanan KTP buka Sabtu.', found: ['Dalam rangka'], fixed: 'Untuk HUT kota, layanan KTP buka Sabtu.' },
    // A letter's salutation is marked, but its register is not changed unasked.
    { draft: 'Dengan hormat, kami informasikan jadwal layanan.', found: ['Dengan hormat'] },
  ],
});

ruleTester('tone.negative', {
  valid: [
    'Jalan Sudirman ditutup sementara karena perbaikan saluran air. Mohon maaf atas ketidaknyamanannya.',
    'Gempa bermagnitudo 5,2 mengguncang wilayah selatan. Tidak berpotensi tsunami.',
    // Cheerful santai posts are not negative.
    'Halo Sobat! Festival kopi balik lagi minggu ini, masuknya gratis ya 😊',
    'Pelayanan KTP-el hari Sabtu tetap buka sampai jam 12 siang ya, Sobat 😊',
  ],
  invalid: [
    // A rude reply to a complaint is a warning, not an info hint.
    {
      draft: '@rudi_h Jangan asal komplain, Pak. Situ sendiri yang lupa bawa berkas, malah marah-marah. Dasar nggak tahu aturan.',
      found: ['@rudi_h Jangan asal komplain, Pak.'],
      severity: 'warn',
    },
    { draft: '@ani_w Makanya baca pengumuman dulu dong, jangan nanya terus. Bikin capek aja.', found: ['Bikin capek aja.'], severity: 'warn' },
  ],
});

ruleTester('tone.clickbait', {
  valid: [
    'Video kegiatan kerja bakti kemarin bisa ditonton di kanal YouTube kami.',
    'Ini cara cek status bansos: buka cekbansos.kemensos.go.id lalu isi nama sesuai KTP.',
    'Hasil rapat koordinasi inflasi daerah kami sampaikan dalam laporan berikut.',
  ],
  invalid: [
    { draft: 'Pak Camat datang ke pasar, dan yang terjadi selanjutnya bikin haru.', found: ['yang terjadi selanjutnya'], severity: 'warn' },
    { draft: 'Ada kabar baik buat pedagang. Tonton videonya sampai habis ya!', found: ['Tonton videonya sampai habis'] },
    { draft: '5 Fakta Pajak Kendaraan yang jarang diketahui warga', found: ['jarang diketahui'] },
  ],
});
