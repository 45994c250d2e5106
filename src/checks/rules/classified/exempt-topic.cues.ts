// Word lists of classified.exempt-topic (folded text; `*` marks a prefix). Each list is one kind
// of cue; the rule's situations say which cues must meet in one sentence.

/** Surprise actions of law enforcement, secret until done (not "razia", which is announced). */
export const SURPRISE_ACTION = ['gerebek*', 'grebek*', 'menggerebek*', 'penggerebekan', 'sergap*', 'menyergap', 'penyergapan', 'tangkap', 'menangkap', 'penangkapan', 'geledah', 'menggeledah', 'penggeledahan', 'ott', 'operasi tangkap tangan', 'jemput paksa', 'penjemputan paksa', 'ciduk', 'menciduk', 'penciduk*', 'sidak', 'operasi senyap', 'penindakan', 'razia dadakan', 'sasaran', 'sasar'];
/** A time still to come, or the team being briefed. */
export const AHEAD = ['besok', 'nanti', 'malam ini', 'pagi ini', 'siang ini', 'sore ini', 'lusa', 'dini hari', 'minggu depan', 'akan', 'rencana', 'rencananya', 'kumpul', 'jangan sampai bocor', 'target', 'dijadwalkan', 'siap*', 'malam nanti', 'subuh'];
/** The action already happened: then it is news. */
export const DONE = ['telah', 'berhasil', 'semalam', 'diamankan', 'ditangkap', 'digerebek', 'digeledah', 'diciduk'];

/** People whose identity protects an investigation. */
export const WITNESS = ['saksi kunci', 'saksi mahkota', 'saksi pelapor', 'saksi utama', 'justice collaborator', 'informan', 'pelapor', 'whistleblower', 'identitas saksi', 'identitas pelapor', 'identitas informan', 'nama saksi', 'nama pelapor', 'nama informan'];
/** A promise to protect the person, not a disclosure. */
export const PROTECTED = ['dijamin*', 'dirahasiakan', 'kerahasiaan*', 'dilindungi', 'disamarkan', 'tidak kami sebutkan', 'tidak disebutkan', 'tidak kami sampaikan'];

/** Details of an investigation itself. */
export const INVESTIGATION = ['identitas pelapor', 'identitas informan', 'identitas saksi', 'nama pelapor', 'nama informan', 'nama saksi kunci', 'berita acara pemeriksaan', 'isi bap', 'hasil penyidikan sementara', 'target operasi', 'data intelijen', 'lokasi persembunyian', 'rencana penangkapan', 'rencana penggerebekan', 'rencana penggeledahan', 'rencana penyergapan'];

/** Defence installations and forces. */
export const DEFENCE = ['radar', 'pos tni', 'pos tni au', 'lanud', 'pangkalan', 'mako', 'markas', 'alutsista', 'pasukan', 'batalyon', 'yonif', 'kompi', 'peleton', 'kapal perang', 'kri', 'rudal', 'gudang amunisi', 'gudang senjata', 'satuan tempur', 'personel tni', 'prajurit', 'kendaraan tempur', 'pesawat tempur', 'konvoi', 'tank', 'panser', 'marinir', 'kopassus', 'kostrad', 'brimob', 'arhanud', 'armed', 'satgas', 'helikopter', 'kapal selam', 'meriam'];
/** An installation out of action. */
export const WEAKNESS = ['rusak', 'lumpuh', 'tidak berfungsi', 'tidak aktif', 'mati', 'kosong', 'belum datang', 'kekurangan', 'tanpa penjagaan', 'lengah', 'tidak beroperasi', 'dalam perbaikan', 'minim personel', 'kurang personel', 'hanya dijaga', 'bocor', 'terbuka', 'tidak terjaga'];
/** Forces moving. */
export const MOVEMENT = ['bergerak', 'digeser', 'bergeser', 'diberangkatkan', 'dikirim', 'menuju', 'pergerakan', 'mobilisasi', 'diterjunkan', 'bermanuver'];
/** Coordinates. */
export const COORDINATE = ['koordinat', 'titik koordinat', 'ls', 'lu', 'bt', 'bb', 'lintang', 'bujur'];

/** Plans for land, tariffs and taxes. */
export const ECONOMIC_PLAN = ['membeli lahan', 'beli lahan', 'pembelian lahan', 'pembebasan lahan', 'pengadaan lahan', 'akuisisi lahan', 'harga penawaran', 'kenaikan tarif', 'kenaikan pajak', 'kenaikan pbb', 'kenaikan njop', 'kenaikan retribusi', 'tarif', 'pajak', 'pbb', 'njop', 'retribusi', 'suku bunga', 'nilai tukar', 'ganti rugi', 'lokasi terminal baru', 'lokasi pasar baru', 'lokasi kantor baru', 'harga tanah', 'relokasi'];
/** Going up or down. */
export const CHANGE = ['naik', 'dinaikkan', 'turun', 'diturunkan', 'membeli', 'dibeli', 'sepakat', 'disepakati', 'kenaikan', 'penurunan'];
/** Not public yet: anywhere in the draft. */
export const UNANNOUNCED = ['belum diumumkan', 'belum resmi', 'pengumuman resmi*', 'bocoran', 'bocor', 'info a1', 'jangan disebar*', 'off the record', 'rahasia', 'draf', 'draft'];

/** Internal correspondence. */
export const MEMO = ['nota dinas', 'memo', 'memorandum', 'disposisi', 'surat internal', 'notulen', 'rapat internal', 'rapim', 'rapat pimpinan'];
/** Decisions about staff that a memo carries. */
export const STAFF_DECISION = ['dinonjobkan', 'nonjob', 'dimutasi', 'dicopot', 'diberhentikan', 'dirotasi', 'didemosi', 'dipecat', 'tidak diperpanjang', 'diturunkan jabatannya', 'dipotong', 'ditunda', 'dibatalkan', 'akan'];

/** A named person's health, finances, assessment or record (Pasal 17 huruf h). */
export const PERSONAL_MATTER = [
  'didiagnosis', 'didiagnosa', 'diagnosis', 'diagnosa', 'kanker', 'stadium', 'kemoterapi', 'cuci darah', 'hiv', 'odgj', 'gangguan jiwa', 'rekam medis', 'riwayat penyakit', 'mengidap', 'menderita', 'positif narkoba', 'rehabilitasi narkoba', 'tes urine', 'depresi', 'stroke', 'rsj', 'rumah sakit jiwa', 'dirawat karena', 'operasi jantung', 'tbc', 'hepatitis',
  'utang*', 'hutang*', 'kredit macet', 'terlilit', 'pinjol', 'gajinya', 'saldo rekening', 'tabungannya', 'bangkrut', 'tunggakan', 'pinjaman', 'digugat cerai', 'perceraian', 'bercerai',
  'asesmen', 'assessment', 'nilai skp', 'tidak direkomendasikan', 'tidak lulus', 'evaluasi kinerja', 'psikotes', 'sanksi disiplin', 'hukuman disiplin', 'nilai ujian', 'ipk', 'tidak memenuhi syarat', 'rapor merah',
  'diskors', 'skors', 'nilai rapor*', 'di bawah kkm', 'tinggal kelas', 'dikeluarkan dari sekolah',
];

/** Banks under supervision or in trouble, before it is public. */
export const BANK = ['bank', 'bpr', 'bprs', 'bank daerah', 'bank perkreditan rakyat', 'koperasi simpan pinjam', 'lembaga keuangan'];
export const SUPERVISION = ['pengawasan khusus', 'pengawasan intensif', 'dalam pengawasan', 'diawasi ketat', 'kesulitan likuiditas', 'kalah kliring', 'gagal bayar', 'akan dicabut', 'rasio kecukupan modal', 'kredit bermasalah', 'npl', 'rush', 'penarikan besar-besaran'];
