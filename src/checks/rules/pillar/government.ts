import { coverageHint } from './hint';

export const government = coverageHint({
  target: 'government',
  description: { id: 'Unggahan menunjukkan peran instansi: program, kebijakan, atau pejabatnya.', en: "The post shows the agency's role: its programme, policy or officials." },
  reason: {
    id: 'Pilar pemerintah: warga perlu tahu apa yang dilakukan instansi dan siapa yang menjalankannya.',
    en: 'The government pillar: people need to know what the agency does and who carries it out.',
  },
  message: {
    id: 'Peran instansi belum terlihat. Sebutkan program atau kebijakan dan unit yang menjalankannya, mis. “Dinas Kesehatan Kota membuka layanan vaksinasi keliling”.',
    en: "The agency's role is not visible. Name the programme or policy and the unit running it, e.g. “The City Health Office is opening mobile vaccination services”.",
  },
});
