import type { NormalizedText } from './normalize';
import { isWordChar } from './tone/features';

// Frequent function words that are unambiguous between the two languages ("di", "a", "me" are not).
const INDONESIAN = new Set(
  'yang dan untuk dengan ini itu tidak akan pada dalam kami kita anda adalah atau juga sudah bisa ada saya karena oleh bagi para mohon terima kasih tersebut serta agar telah belum masih dari ke kepada tentang sebagai secara jika kalau bahwa dapat harus sedang hari warga kamu mereka nya selamat'.split(' '),
);
const ENGLISH = new Set(
  'the and of to is are for with this that we you our be will it at by from as please have has not was were they their your what which who can thank thanks all about would should there been'.split(' '),
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
  for (let i = 0; i < text.length; ) {
    while (i < text.length && !isWordChar(text.charCodeAt(i))) i++;
    const start = i;
    while (i < text.length && isWordChar(text.charCodeAt(i))) i++;
    // Function words are short; skipping long words saves the substring.
    if (i === start || i - start > 8) continue;
    const word = text.slice(start, i);
    if (INDONESIAN.has(word)) id++;
    else if (ENGLISH.has(word)) en++;
  }
  return en >= 2 && en > 2 * id ? 'en' : 'id';
}
