import type { NormalizedText } from './normalize';
import { forEachWord, wordHash } from './tone/features';

// Words are looked up by hash, so counting them allocates nothing.
const hashes = (list: string) => new Set(list.split(' ').map((w) => wordHash(w, 0, w.length)));

// Frequent function words that are unambiguous between the two languages ("di", "a", "me" are not).
const INDONESIAN = hashes(
  'yang dan untuk dengan ini itu tidak akan pada dalam kami kita anda adalah atau juga sudah bisa ada saya karena oleh bagi para mohon terima kasih tersebut serta agar telah belum masih dari ke kepada tentang sebagai secara jika kalau bahwa dapat harus sedang hari warga kamu mereka nya selamat',
);
const ENGLISH = hashes(
  'the and of to is are for with this that we you our be will it at by from as please have has not was were they their your what which who can thank thanks all about would should there been',
);

/**
 * Whether a draft is Indonesian or English, by counting function words of each; Indonesian unless
 * English words clearly outnumber Indonesian ones. A team preference other than `auto` wins.
 */
export function detectLanguage(norm: NormalizedText, preference: 'auto' | 'id' | 'en'): 'id' | 'en' {
  if (preference !== 'auto') return preference;
  const text = norm.text;
  let id = 0;
  let en = 0;
  forEachWord(text, 0, text.length, (start, end) => {
    const hash = wordHash(text, start, end);
    if (INDONESIAN.has(hash)) id++;
    else if (ENGLISH.has(hash)) en++;
  });
  return en >= 2 && en > 2 * id ? 'en' : 'id';
}
