import type { CategoryRules } from '../cue';

/**
 * Aduan: something that should work does not, or a public service failed the writer. Complaint
 * predicates (broken, dead, not yet, none at all, slow), a wait that has gone on ("sudah 3 hari",
 * "sampai sekarang"), contrast with what was promised ("padahal") and rhetorical reproaches
 * ("sampai kapan?", "nunggu ada korban dulu?"). A missed complaint costs most, so ties go here.
 */
export const aduan: CategoryRules = {
  category: 'aduan',
  description: 'complaint about a failing service, a defect, misconduct or neglect',
  cues: [
    {
      id: 'defect',
      weight: 1.5,
      phrases: [
        'rusak', 'mati', 'padam', 'bocor', 'macet', 'ambruk', 'roboh', 'copot', 'putus', 'lubang*', 'berlubang', 'bolong',
        'kebanjiran', 'banjir', 'tergenang', 'lumpur', 'kotor', 'bau', 'sampah menumpuk', 'dangkal', 'ngaco', 'error',
        'langka', 'kosong', 'nonaktif', 'ditolak', 'bubar', 'ditinggal*', 'mangkrak', 'terbengkalai', 'nyungsep', 'kecelakaan',
        'tabrakan', 'bahaya', 'berbahaya', 'korban', 'asap*', 'berisik', 'knalpot', 'balap liar', 'kebalik',
      ],
    },
    {
      id: 'misconduct',
      weight: 2,
      phrases: [
        'pungli', 'pungutan liar', 'minta uang', 'dimintai uang', 'bayar di luar', 'uang rokok', 'preman', 'uang koordinasi', 'dimintai*', 'dimintain', 'ditarik', 'calo', 'suap', 'galak',
        'kasar', 'judes', 'nongkrong', 'tidak ramah', 'diskriminasi', 'dipersulit', 'dilempar*',
      ],
    },
    {
      id: 'not-done',
      weight: 1.5,
      phrases: [
        'belum masuk', 'belum dikirim*', 'belum dibales', 'belum dibalas', 'dereng dibales', 'belum cair', 'belum diperbaiki',
        'belum pernah', 'tidak pernah', 'gak pernah', 'tidak ada kabar', 'tidak ada hasil', 'tidak ada pemberitahuan',
        'tidak ada sosialisasi*', 'tidak ada sosialisasinya', 'tanpa pemberitahuan', 'tidak diangkat', 'tidak bisa dihubungi',
        'tidak mempan', 'tidak ditutup', 'tidak ada tindak*', 'tidak ditanggapi', 'tidak direspon*', 'tidak dibalas', 'diam saja',
        'juga diam', 'masih diproses', 'masih menunggu', 'tidak ada respon*', 'cuma janji', 'tidak jalan', 'sudah tidak jalan',
        'tidak bisa masuk', 'tidak bisa main', 'tidak bisa tidur', 'sia sia', 'sia2', 'percuma', 'bolak balik', 'dipingpong',
      ],
    },
    {
      id: 'slow',
      weight: 1,
      phrases: ['lambat', 'lelet', 'lama banget', 'lama sekali', 'kelamaan', 'berbelit*', 'antre* panjang', 'antri* panjang'],
    },
    {
      id: 'ongoing',
      weight: 1.5,
      // A wait or a fault that has lasted: "sudah 3 hari", "udah sebulan", "dari kemarin", "sampai sekarang".
      pattern: /(?:berhari hari|berminggu minggu|berbulan bulan|bertahun tahun|sudah lama|sejak \S+)|(?:sudah|sampai|selama|dari)\s+(?:\d+|se|satu|dua|tiga|empat|lima|beberapa)\s*(?:x\s+|kali\s+)?(?:hari|malam|minggu|bulan|tahun|kali)|(?:sudah|udah)\s+se(?:minggu|bulan|tahun|hari)|(?:dari|sejak) (?:bulan|minggu|tahun) lalu|dari kemarin|sampai sekarang|sampai saat ini|sampai hari ini|hingga hari ini|sampai detik ini|hingga kini|sudah lapor|udah lapor|sudah ditegur|sudah mengadu|(?:tiap|setiap) (?:hari|hujan|malam|sore|pagi|ujan|musim|tahun|minggu)/,
    },
    {
      id: 'grievance',
      weight: 1.5,
      phrases: [
        'kecewa', 'mengecewakan', 'kesal', 'capek', 'parah', 'payah', 'buruk', 'jelek', 'kacau', 'amburadul', 'tidak becus', 'lalai',
        'susah dihubungi', 'sulit dihubungi', 'terlambat', 'telat', 'molor', 'berjam jam', 'dirugikan', 'rugi', 'ditipu', 'hilang',
        'dicuri', 'rawan', 'gelap', 'licin', 'retak', 'ambles', 'longsor', 'tumbang', 'liar', 'ilegal', 'pencemaran', 'limbah',
        'tercemar', 'bising', 'kumuh', 'becek', 'genangan', 'mampet', 'tersumbat', 'meluap', 'keruh', 'tidak layak', 'tidak sesuai',
        'tidak merata', 'tidak adil', 'pilih kasih', 'korupsi', 'dikorupsi', 'diselewengkan', 'dipotong', 'salah data', 'data salah',
        'tidak tepat sasaran', 'mahal banget', 'naik terus', 'dibiarkan', 'diabaikan', 'tidak diurus', 'tidak terawat', 'miris',
        'memprihatinkan', 'prihatin', 'terpaksa', 'terancam', 'keberatan', 'resah', 'meresahkan', 'mengganggu', 'terganggu',
        'tanpa kejelasan', 'tidak ada kejelasan', 'tidak ada solusi', 'sama sekali', 'digantung', 'di php', 'menutup trotoar',
        'menutupi', 'menghalangi', 'disalahgunakan', 'dipakai parkir', 'dijadikan parkir', 'down', 'offline', 'gangguan', 'eror', 'sepinggang', 'selutut',
      ],
    },
    {
      id: 'negated-service',
      weight: 1.5,
      // "belum dibayar", "tidak ditanggapi", "belum juga turun", "tidak bisa dipakai", "tidak ada air".
      pattern: /(?:belum|tidak|tak) (?:juga |pernah |kunjung )?(?:di[\p{L}]{3,}|dapat|nyambung|aktif|berfungsi|menyala|nyala|selesai|turun|cair|keluar|terbit|jadi|sampai|datang|ada (?:air|listrik|petugas|lampu|kabar|respon|tanggapan|jawaban|kejelasan|tindak)|bisa (?:di[\p{L}]+|dipakai|digunakan|diakses|login|masuk|dihubungi))/u,
    },
    {
      id: 'fix-request',
      weight: 1.5,
      phrases: [
        'diperbaiki', 'perbaiki', 'ditindak', 'ditindaklanjuti', 'ditertibkan', 'tertibkan', 'diusut', 'usut', 'dicek', 'ditinjau',
        'dibersihkan', 'ditangani', 'dikeruk', 'ditambal', 'diganti', 'dibetulkan', 'dibenahi', 'dievaluasi', 'disidak',
      ],
    },
    // The same failure again and again: "diundur terus", "dipersulit terus", "lagi-lagi".
    { id: 'again', weight: 1.5, pattern: /di\p{L}{3,} terus|lagi lagi|(?:susah|sulit) (?:lewat|masuk|dapat|keluar|dihubungi|diakses|bernapas|tidur|jalan)/u },
    { id: 'contrast', weight: 1.5, phrases: ['padahal', 'kenyataannya', 'malah', 'katanya'] },
    {
      id: 'reproach',
      weight: 1.5,
      phrases: ['kenapa tidak', 'kenapa belum', 'kenapa sih', 'kenapa selalu', 'mengapa tidak', 'mengapa belum', 'gimana sih', 'bagaimana sih', 'bagaimana ini', 'gimana ini', 'apa harus', 'kenapa tiap', 'kenapa setiap', 'sampai kapan', 'nunggu * dulu', 'menunggu * dulu', 'nunggu tenggelam', 'nunggu ada korban', 'izin dari siapa', 'kontraktornya siapa', 'kok', 'gaji dari pajak', 'harusnya', 'seharusnya'],
    },
    // "Polisi ke mana?": asking where those responsible are, not where to go ("harus ke mana").
    { id: 'where-are-they', weight: 1.5, raw: true, pattern: /(?<!harus |mau |bisa |lapor |dibawa )ke ?mana\s*\?/ },
    { id: 'plea', weight: 1, phrases: ['tolong dibantu', 'mohon tindakan', 'mohon ditindak*', 'tolong ditindak*', 'tolong diawasi', 'tolong dong', 'mohon perhatian', 'tolong disamakan', 'mbok dibales'] },
  ],
};
