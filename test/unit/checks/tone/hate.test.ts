import { describe, expect, it } from 'vitest';
import { found, spans } from './found';

const RULE = 'tone.hate';

describe('tone.hate', () => {
  it('warns on a group called vile or likened to animals', () => {
    expect(found('Orang Cina itu penipu semua', RULE)).toEqual([{ text: 'Cina itu penipu', severity: 'warn' }]);
    expect(spans('Dasar orang Madura memang binatang', RULE)).toEqual(['Madura memang binatang']);
    expect(spans('Orang Yahudi itu kayak tikus', RULE)).toEqual(['Yahudi itu kayak tikus']);
  });

  it('warns on calls to expel or harm a group', () => {
    expect(spans('Usir saja orang Tionghoa dari kampung ini', RULE)).toEqual(['Usir saja orang Tionghoa']);
    expect(spans('Kaum Syiah harus dibasmi', RULE)).toEqual(['Syiah harus dibasmi']);
    expect(spans('Saatnya usir penjajah Cina dari bumi pertiwi', RULE)).toEqual(['usir penjajah Cina']);
    expect(spans('Kalau orang Tionghoa di usir gimana', RULE)).toEqual(['Tionghoa di usir']);
  });

  it('warns on slurs for a group', () => {
    expect(spans('Dasar kadrun, kerjanya demo terus', RULE)).toEqual(['kadrun']);
  });

  it('leaves ordinary mentions of religions and ethnic groups alone', () => {
    expect(spans('Selamat Hari Raya Nyepi bagi umat Hindu', RULE)).toEqual([]);
    expect(spans('Mari jaga kerukunan antarumat beragama di Kota Ambon', RULE)).toEqual([]);
    expect(spans('Festival budaya Tionghoa, Jawa dan Batak digelar di Medan', RULE)).toEqual([]);
    expect(spans('Densus 88 menangkap terduga teroris di Jawa Tengah', RULE)).toEqual([]);
    expect(spans('Suku bunga kredit usaha rakyat tetap rendah', RULE)).toEqual([]);
    expect(spans('Peringatan Maulid Nabi Muhammad SAW di Masjid Agung', RULE)).toEqual([]);
  });

  it('leaves a denial alone', () => {
    expect(spans('Islam bukan teroris', RULE)).toEqual([]);
  });
});

describe('tone.hate on words with a religious or literal sense', () => {
  it('warns when they are thrown at someone', () => {
    expect(spans('Dasar kafir, pergi sana', RULE)).toEqual(['kafir']);
    expect(spans('Otaknya otak onta', RULE)).toEqual(['onta']);
  });

  it('leaves a quoted verse and a camel ride alone', () => {
    expect(spans('Sesungguhnya tiada berputus asa dari rahmat Allah melainkan kaum yang kafir (QS Yusuf: 87)', RULE)).toEqual([]);
    expect(spans('Wisatawan naik onta di taman safari', RULE)).toEqual([]);
  });
});

describe('tone.insult: attacks aimed at a person, an official or an office, apart from SARA hate', () => {
  const INSULT = 'tone.insult';
  it('warns on insults without a swear word and on calls to bring someone down, as tone.insult and not tone.hate', () => {
    const personal: [string, string[]][] = [
      ['Rezim ini memang pembohong', ['Rezim ini memang pembohong']],
      ['Gubernurnya gak becus, dia tidak becus ngurus banjir', ['Gubernurnya gak becus', 'dia tidak becus']],
      ['Lengserkan saja presiden', ['Lengserkan saja presiden']],
      ['Pokoknya kita lengserkan tahun depan', ['lengserkan']],
      ['Kalian semua antek asing', ['Kalian semua antek asing']],
      ['Pokoknya DPR harus dibubarkan', ['DPR harus dibubarkan']],
      ['Ini menteri terbodoh sepanjang sejarah', ['menteri terbodoh']],
      ['Rezim maling', ['Rezim maling']],
      ['Kalian semua bukan manusia, pejabat gak punya otak', ['Kalian semua bukan manusia', 'pejabat gak punya otak']],
    ];
    for (const [draft, expected] of personal) {
      expect(spans(draft, INSULT), draft).toEqual(expected);
      expect(spans(draft, RULE), draft).toEqual([]);
    }
  });

  it('keeps group slurs and calls against a faith or people as tone.hate', () => {
    expect(spans('Dasar anak PKI', RULE)).toEqual(['PKI']);
    expect(spans('Itu ulah bani taplak lagi', RULE)).toEqual(['bani taplak']);
    expect(spans('Mereka cuma penjual agama', RULE)).toEqual(['penjual agama']);
    expect(spans('Kebijakan ini anti Islam', RULE)).toEqual(['anti Islam']);
    expect(spans('Jangan mau dipimpin pemimpin kafir', RULE)).toEqual(['pemimpin kafir']);
    expect(spans('Boikot Yahudi sekarang', RULE)).toEqual(['Boikot Yahudi']);
    expect(spans('Dasar kaum sumbu pendek', RULE)).toEqual(['sumbu pendek']);
    for (const draft of ['Dasar anak PKI', 'Jangan mau dipimpin pemimpin kafir', 'Boikot Yahudi sekarang']) expect(spans(draft, INSULT), draft).toEqual([]);
  });

  it('leaves official posts about people, offices and faiths alone', () => {
    for (const draft of [
      'Kerukunan antarumat beragama di Kota Pilar terjaga',
      'Warga keturunan Tionghoa merayakan Imlek di Vihara',
      'Pemerintah mengajak tokoh agama Islam, Kristen, Katolik, Hindu, Buddha dan Konghucu berdialog',
      'Petugas memusnahkan babi yang terjangkit ASF',
      'Pemusnahan barang bukti narkotika di Polres Pilar',
      'Anjing pelacak K9 menemukan sabu di bandara',
      'Presiden menerima kunjungan Presiden China di Istana Bogor',
      'Delegasi Partai Komunis Vietnam berkunjung ke DPR',
      'Gubernur mengingatkan warga agar waspada terhadap penipu yang mengatasnamakan pejabat',
      'Polisi menangkap pelaku penipuan; dia mengaku sudah beraksi sejak 2019',
      'Satpol PP bubarkan kerumunan di alun-alun',
      'Kisah Bani Israil dalam kajian tafsir Ramadan di Masjid Raya',
      'Pemerintah menegaskan tidak ada tempat bagi paham anti Pancasila',
      'Pemerintah membubarkan ormas yang bertentangan dengan Pancasila sesuai putusan pengadilan',
      'Pendatang baru wajib lapor RT dalam 1x24 jam',
      'Mereka yang terdampak paling parah mendapat bantuan lebih dulu',
      'Pendaki asal Bandung itu tersesat; mereka ditemukan tim SAR dalam keadaan selamat',
      'Sejarah mencatat Belanda menjajah Nusantara selama berabad-abad',
      'Halalbihalal keluarga besar Bani Abdullah di Balai Desa',
      'Partai Komunis Indonesia (PKI) dibubarkan pada 12 Maret 1966',
      'Dia bukan antek asing, kata kuasa hukumnya',
      'Foto-foto: mata kamu sipit saat tersenyum',
      'Kapolres: dia penipu yang sudah lama kami buru, mereka mafia tanah lintas provinsi',
      'Jangan mudah terprovokasi, mereka yang menyebar hoaks adalah provokator',
    ]) {
      expect(spans(draft, RULE), draft).toEqual([]);
      expect(spans(draft, INSULT), draft).toEqual([]);
    }
  });
});
