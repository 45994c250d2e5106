/**
 * Abusive and profane words, as written in replies and comments. Indonesian first, then regional
 * languages and English. Words that also name something innocent (animals, a mole on the skin) are
 * in `ANIMAL_OR_LITERAL` and count only outside their literal context.
 */
export const ABUSIVE_WORDS: readonly string[] = [
  // Indonesian insults and curses
  'anjing', 'anjir', 'anjrit', 'anjrot', 'anjay', 'njir', 'njing', 'anjg', 'ajg', 'anjink', 'anjeng', 'bangsat', 'bangsad', 'bgst',
  'bajingan', 'brengsek', 'berengsek', 'keparat', 'bedebah', 'kampret', 'sialan', 'babi', 'monyet', 'kunyuk', 'bego', 'begok',
  'goblok', 'goblog', 'gblk', 'tolol', 'tlol', 'bodoh', 'idiot', 'dungu', 'bloon', 'oon', 'dongo', 'pekok', 'bebal', 'sinting',
  'gila', 'edan', 'sarap', 'gendeng', 'setan', 'tai', 'taik', 'tahi', 'bacot', 'bacod', 'bct', 'mampus', 'modar', 'matamu',
  'ndasmu', 'budek', 'congek', 'kontol', 'kntl', 'memek', 'mmk', 'ngentot', 'ngentod', 'entot', 'ngewe', 'jembut', 'pepek',
  'peler', 'lonte', 'pelacur', 'sundal', 'jablay', 'perek', 'banci', 'bencong', 'bejat', 'laknat',
  'koplak', 'kampungan', 'otak udang', 'muka tembok', 'sampah masyarakat', 'dasar sampah', 'cacat otak', 'sompret', 'bangke',
  'bangkai', 'najis', 'bolot', 'congor', 'geblek', 'gebleg', 'katrok', 'udik', 'kacung', 'sontoloyo', 'bodo', 'munafik', 'jalang',
  'bispak', 'pelakor', 'maho', 'gembrot', 'culun', 'planga plongo', 'otak di dengkul', 'otaknya di dengkul', 'lubang anus', 'bejad',
  'titit', 'kecoak', 'curut', 'eek', 'tae', 'taek', 'cupu', 'gembel', 'jongos', 'picek', 'burik', 'pecun', 'sange', 'bokep',
  'semprul', 'ndeso', 'cacat', 'penjilat', 'bahlul', 'sedeng', 'blangsak', 'berak', 'kacrut', 'picik', 'lesbi', 'iq jongkok',
  'perawan tua', 'kurang ajar', 'kurangajar', 'tengik', 'norak', 'dongok', 'begundal', 'cecunguk', 'lintah darat',
  'muka badak', 'toket', 'tetek', 'coli', 'colmek', 'titid', 'itil', 'pler', 'jembud', 'sundel', 'lacur', 'anjim',
  'ajig', 'homo', 'ngeue',
  // Javanese
  'asu', 'asw', 'cocot', 'silit', 'jancok', 'jancuk', 'jancik', 'cok', 'cuk', 'dancok', 'diancuk', 'celeng', 'kirik', 'raimu', 'matane', 'gateli', 'asyu', 'cangkem', 'cangkemmu', 'gundulmu', 'jamput', 'dobol',
  // Sundanese
  'anying', 'kehed', 'belegug', 'gelo', 'sapi sia', 'goblog sia',
  // Betawi, Minang, Malay/Medan, Batak, Balinese
  'bangor', 'monyong', 'pantek', 'kanciang', 'kampang', 'pukimak', 'pukimai', 'puki', 'kimak', 'bodat', 'cicing',
  // English
  'fuck', 'fucking', 'fucker', 'motherfucker', 'fck', 'wtf', 'stfu', 'shit', 'bullshit', 'bitch', 'bastard', 'asshole',
  'pussy', 'cunt', 'moron', 'stupid', 'dumb', 'retard', 'whore', 'slut', 'jerk', 'dick', 'sucks', 'fakyu',
];

/** Words abusive only as an insult: next to one of these, they name the thing itself. */
export const ANIMAL_OR_LITERAL: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    anjing: ['pelacak', 'k9', 'polisi', 'peliharaan', 'rabies', 'vaksin', 'daging', 'liar', 'gigitan', 'digigit', 'ras', 'pemilik', 'steril', 'sterilisasi', 'kucing', 'hewan', 'ekor', 'satwa', 'unit', 'penjaga'],
    babi: ['daging', 'ternak', 'peternak', 'peternakan', 'hutan', 'flu', 'demam', 'afrika', 'guling', 'panggang', 'kandang', 'hewan', 'ekor', 'pakan', 'virus', 'asf', 'sapi', 'kambing', 'ayam'],
    monyet: ['cacar', 'ekor', 'hutan', 'liar', 'satwa', 'hewan', 'kebun', 'populasi', 'kawanan', 'topeng', 'cinta', 'kandang', 'seekor', 'shio', 'jambu', 'pemukiman', 'permukiman', 'bksda', 'turun', 'suara', 'binatang'],
    bangkai: ['hewan', 'kapal', 'pesawat', 'tikus', 'ayam', 'ikan', 'sapi', 'kambing', 'paus', 'satwa', 'bau', 'bunga', 'lalat', 'simpan', 'menyimpan'],
    munafik: ['tanda', 'ciri', 'sifat', 'orang', 'org'],
    tae: ['kim'],
    eek: ['kebelet', 'burung'],
    najis: ['hukum', 'air', 'suci', 'bersuci', 'mughallazhah', 'mutawassithah', 'mukhaffafah'],
    kecoak: ['rumah', 'dapur', 'hama', 'semprot', 'pembasmi', 'sarang'],
    curut: ['tikus', 'hama', 'got'],
    cacat: ['penyandang', 'disabilitas', 'fisik', 'produk', 'barang', 'hukum', 'administrasi', 'bawaan', 'mental', 'seumur'],
    kampret: ['kelelawar', 'gua', 'goa', 'satwa', 'hewan'],
    celeng: ['hutan', 'hama', 'satwa', 'hewan', 'ternak'],
    tai: ['lalat', 'chi'],
    tahi: ['lalat', 'sapi', 'ternak'],
    setan: ['godaan', 'langkah', 'bisikan', 'tipu', 'daya', 'merah'],
    homo: ['sapiens', 'erectus', 'floresiensis', 'soloensis', 'wajakensis', 'habilis', 'neanderthalensis', 'fosil', 'manusia', 'purba'],
    tetek: ['bengek'],
    gila: ['orang', 'odgj', 'jiwa', 'rumah', 'gilaan', 'bola'],
    asu: ['bahasa'],
    cicing: ['bahasa'],
    bodo: ['baju', 'berbaju'],
    jalang: ['binatang'],
  }),
);
