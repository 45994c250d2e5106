import type { CategoryRules } from '../cue';

/** Apresiasi: thanks or praise for a service, an officer or the account itself. */
export const apresiasi: CategoryRules = {
  category: 'apresiasi',
  description: 'thanks or praise',
  cues: [
    { id: 'thanks', weight: 3, phrases: ['terima kasih', 'terimakasih', 'matur nuwun', 'hatur nuhun', 'thank you', 'thanks', 'tengkyu', 'nuhun'] },
    {
      id: 'praise',
      weight: 2,
      phrases: [
        'keren', 'salut', 'mantap', 'mantul', 'respect', 'respek', 'hebat', 'luar biasa', 'top', 'jempol', 'bangga', 'apresiasi',
        'good job', 'ikut senang', 'suka banget', 'sangat membantu', 'berarti', 'semoga berkah', 'semoga konsisten', 'sukses terus',
        'pertahankan', 'informatif', 'patut dicontoh', 'harus contoh', 'baru kali ini', 'baru tahun ini', 'merasa lebih aman',
      ],
    },
    // Thanks that close a request or a question ("mohon dicek, terima kasih") are courtesy, not praise.
    { id: 'courtesy', weight: -2, phrases: ['mohon', 'tolong', 'sebelumnya', 'atas perhatian*', 'atas bantuan*'] },
    { id: 'asks', weight: -1, raw: true, pattern: /\?/ },
    { id: 'good-service', weight: 1, phrases: ['bersih', 'rapi', 'cepat', 'ramah', 'sabar', 'lengkap', 'layak', 'transparan*', 'ditindaklanjuti', 'sudah dicor', 'sudah diperbaiki', 'berhasil'] },
  ],
};
