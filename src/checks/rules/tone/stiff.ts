import { words } from '../../normalize';
import type { Hit, Rule } from '../../rule';
import { PhraseMatcher } from '../../tone/phrases';
import { matchCase, wordSpan } from './shared';

/** Officialese of letters and memos → a plainer way to say it in a post (`null`: rephrase, no single swap). */
const STIFF = new PhraseMatcher<string | null>([
  ['dalam rangka', 'untuk'],
  ['bersama ini kami sampaikan', 'kami sampaikan'],
  ['bersama ini kami informasikan', 'kami informasikan'],
  ['bersama ini diberitahukan', 'kami beri tahu'],
  ['dengan ini kami sampaikan', 'kami sampaikan'],
  ['sehubungan dengan hal tersebut di atas', 'karena itu'],
  ['sehubungan dengan hal tersebut', 'karena itu'],
  ['berdasarkan hal tersebut di atas', 'karena itu'],
  ['mengingat hal tersebut di atas', 'karena itu'],
  ['tersebut di atas', 'tersebut'],
  ['demikian disampaikan untuk menjadi perhatian', 'Terima kasih atas perhatiannya'],
  ['demikian disampaikan untuk dapat dilaksanakan', 'Terima kasih'],
  ['demikian disampaikan', 'Terima kasih'],
  ['demikian kami sampaikan', 'Terima kasih'],
  ['demikian untuk menjadi perhatian', 'Terima kasih atas perhatiannya'],
  ['atas perhatian dan kerja samanya diucapkan terima kasih', 'Terima kasih atas perhatian dan kerja samanya'],
  ['atas perhatiannya diucapkan terima kasih', 'Terima kasih atas perhatiannya'],
  // A letter's salutation: whether to keep the formal register is the writer's call, so no swap is offered.
  ['dengan hormat', null],
  ['bahwasanya', 'bahwa'],
  ['dipermaklumkan', 'diberitahukan'],
  ['sebagaimana dimaksud', 'seperti disebut'],
  ['adapun', null],
  ['yang bersangkutan', null],
]);

export const stiffRule: Rule = {
  id: 'tone.stiff',
  category: 'tone',
  defaultSeverity: 'info',
  description: {
    id: 'Bahasa surat dinas yang kaku di media sosial (“dalam rangka”, “bersama ini kami sampaikan”, “demikian disampaikan untuk menjadi perhatian”, “dengan hormat”), dengan padanan yang lebih luwes.',
    en: 'Stiff memo language in a social post (“dalam rangka”, “bersama ini kami sampaikan”, “demikian disampaikan untuk menjadi perhatian”, “dengan hormat”), with a plainer alternative.',
  },
  reason: {
    id: 'Pesan disusun untuk khalayaknya (PermenPAN-RB No. 83/2012); akun instansi yang berhasil menulis santai, akrab dan jelas, bukan seperti surat edaran.',
    en: 'Messages are written for their audience (PermenPAN-RB 83/2012); agency accounts that succeed write relaxed, warm and clear, not like a circular.',
  },
  check({ norm }) {
    const list = words(norm);
    const hits: Hit[] = [];
    for (const match of STIFF.all(list)) {
      const { start, end } = wordSpan(list, match.from, match.to);
      const found = norm.original.slice(start, end);
      const plain = match.value;
      hits.push({
        start,
        end,
        message: plain
          ? {
              id: `“${found}” terasa kaku seperti surat dinas; di media sosial tulis untuk warga, santai dan jelas. Lebih luwes: “${plain}”.`,
              en: `“${found}” sounds like a formal memo; on social media write for citizens, relaxed and clear. Plainer: “${plain}”.`,
            }
          : {
              id: `“${found}” terasa kaku seperti surat dinas; di media sosial tulis untuk warga, santai dan jelas. Coba kalimat yang lebih sederhana.`,
              en: `“${found}” sounds like a formal memo; on social media write for citizens, relaxed and clear. Try a simpler sentence.`,
            },
        ...(plain ? { suggestion: { replacement: matchCase(plain, found), label: { id: `Ganti dengan “${plain}”`, en: `Replace with “${plain}”` } } } : {}),
      });
    }
    return hits;
  },
};
