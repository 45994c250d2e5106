import { coverageHint } from './hint';

export const government = coverageHint({
  target: 'government',
  description: { id: 'Peran instansi', en: 'The agency\'s role' },
  reason: {
    id: 'Pilar pemerintah: warga perlu tahu apa yang dilakukan instansi dan siapa yang menjalankannya.',
    en: 'The government pillar: people need to know what the agency does and who carries it out.',
  },
  message: { id: 'Belum jelas apa yang dikerjakan instansi dan unit mana yang menjalankannya.', en: 'It is not clear what the agency does and which unit runs it.' },
  sentence: {
    id: 'Kegiatan ini diselenggarakan oleh [nama unit/dinas] sebagai bagian dari [nama program].',
    en: 'This is run by [unit or office] as part of [programme].',
  },
});
