import { coverageHint } from './hint';

export const strategicVision = coverageHint({
  target: 'strategic-vision',
  description: { id: 'Arah jangka panjang', en: 'Long-term direction' },
  reason: { id: 'Prinsip visi strategis (UNDP): kegiatan hari ini terhubung dengan arah pembangunan jangka panjang.', en: "UNDP strategic vision: today's activity connects to the long-term direction of development." },
  message: { id: 'Kaitannya dengan rencana jangka panjang daerah belum terlihat.', en: 'The link to the region\'s long-term plan is not shown.' },
  sentence: {
    id: 'Program ini bagian dari [nama rencana, mis. RPJMD] hingga [tahun].',
    en: 'This programme is part of [plan] through [year].',
  },
});
