import { coverageHint } from './hint';

export const strategicVision = coverageHint({
  target: 'strategic-vision',
  description: { id: 'Rencana jangka panjang: RPJMD/RPJMN, peta jalan, 2045.', en: 'A long-term plan: development plans, a roadmap, 2045.' },
  reason: { id: 'Prinsip visi strategis (UNDP): kegiatan hari ini terhubung dengan arah pembangunan jangka panjang.', en: "UNDP strategic vision: today's activity connects to the long-term direction of development." },
  message: {
    id: 'Kaitan dengan rencana jangka panjang belum terlihat. Tambahkan, mis. “Bagian dari RPJMD 2025–2029 menuju Indonesia Emas 2045”.',
    en: 'The link to a long-term plan is not visible. Add it, e.g. “Part of the 2025–2029 regional development plan towards Indonesia Emas 2045”.',
  },
});
