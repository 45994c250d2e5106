/**
 * Indonesia's national holidays (libur nasional) and cuti bersama, as fixed by the yearly joint
 * decree of the Minister of Religious Affairs, the Minister of Manpower and the Minister for
 * Administrative and Bureaucratic Reform (SKB 3 Menteri). Lunar dates follow the decree, never a
 * computation; a team config adds regional holidays and its own days off (`extraHolidays`).
 * Weekend dates are listed too, for completeness; they change nothing on a Mon–Fri week.
 */

export interface Holiday {
  date: string;
  name: string;
  kind: 'libur-nasional' | 'cuti-bersama';
  /** Set while the date is an estimate, before the year's SKB is confirmed. */
  provisional?: true;
}

export interface HolidayYear {
  year: number;
  source: string;
  holidays: Holiday[];
}

const libur = (date: string, name: string): Holiday => ({ date, name, kind: 'libur-nasional' });
const cuti = (date: string, name: string): Holiday => ({ date, name, kind: 'cuti-bersama' });
const estimate = (holiday: Holiday): Holiday => ({ ...holiday, provisional: true });

export const HOLIDAY_YEARS: HolidayYear[] = [
  {
    year: 2025,
    source:
      'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1017/2024, 2/2024, 2/2024 (17 libur nasional, 10 cuti bersama, signed 14 October 2024; published by Sekretariat Kabinet), amended by SKB No. 933/2025, 1/2025, 3/2025 of 7 August 2025 (cuti bersama 18 August for the 80th Independence Day)',
    holidays: [
      libur('2025-01-01', 'Tahun Baru 2025 Masehi'),
      libur('2025-01-27', 'Isra Mikraj Nabi Muhammad SAW'),
      cuti('2025-01-28', 'Cuti bersama Tahun Baru Imlek'),
      libur('2025-01-29', 'Tahun Baru Imlek 2576 Kongzili'),
      cuti('2025-03-28', 'Cuti bersama Hari Suci Nyepi'),
      libur('2025-03-29', 'Hari Suci Nyepi (Tahun Baru Saka 1947)'),
      libur('2025-03-31', 'Idulfitri 1446 H'),
      libur('2025-04-01', 'Idulfitri 1446 H'),
      cuti('2025-04-02', 'Cuti bersama Idulfitri'),
      cuti('2025-04-03', 'Cuti bersama Idulfitri'),
      cuti('2025-04-04', 'Cuti bersama Idulfitri'),
      cuti('2025-04-07', 'Cuti bersama Idulfitri'),
      libur('2025-04-18', 'Wafat Yesus Kristus'),
      libur('2025-04-20', 'Kebangkitan Yesus Kristus (Paskah)'),
      libur('2025-05-01', 'Hari Buruh Internasional'),
      libur('2025-05-12', 'Hari Raya Waisak 2569 BE'),
      cuti('2025-05-13', 'Cuti bersama Waisak'),
      libur('2025-05-29', 'Kenaikan Yesus Kristus'),
      cuti('2025-05-30', 'Cuti bersama Kenaikan Yesus Kristus'),
      libur('2025-06-01', 'Hari Lahir Pancasila'),
      libur('2025-06-06', 'Iduladha 1446 H'),
      cuti('2025-06-09', 'Cuti bersama Iduladha'),
      libur('2025-06-27', '1 Muharam Tahun Baru Islam 1447 H'),
      libur('2025-08-17', 'Proklamasi Kemerdekaan'),
      cuti('2025-08-18', 'Cuti bersama HUT ke-80 Kemerdekaan RI'),
      libur('2025-09-05', 'Maulid Nabi Muhammad SAW'),
      libur('2025-12-25', 'Kelahiran Yesus Kristus'),
      cuti('2025-12-26', 'Cuti bersama Kelahiran Yesus Kristus'),
    ],
  },
  {
    year: 2026,
    source:
      'SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB No. 1497/2025, 2/2025, 5/2025 (17 libur nasional, 8 cuti bersama; announced by the Coordinating Minister for Human Development and Culture on 19 September 2025)',
    holidays: [
      libur('2026-01-01', 'Tahun Baru 2026 Masehi'),
      libur('2026-01-16', 'Isra Mikraj Nabi Muhammad SAW'),
      cuti('2026-02-16', 'Cuti bersama Tahun Baru Imlek'),
      libur('2026-02-17', 'Tahun Baru Imlek 2577 Kongzili'),
      cuti('2026-03-18', 'Cuti bersama Hari Suci Nyepi'),
      libur('2026-03-19', 'Hari Suci Nyepi (Tahun Baru Saka 1948)'),
      cuti('2026-03-20', 'Cuti bersama Idulfitri'),
      libur('2026-03-21', 'Idulfitri 1447 H'),
      libur('2026-03-22', 'Idulfitri 1447 H'),
      cuti('2026-03-23', 'Cuti bersama Idulfitri'),
      cuti('2026-03-24', 'Cuti bersama Idulfitri'),
      libur('2026-04-03', 'Wafat Yesus Kristus'),
      libur('2026-04-05', 'Kebangkitan Yesus Kristus (Paskah)'),
      libur('2026-05-01', 'Hari Buruh Internasional'),
      libur('2026-05-14', 'Kenaikan Yesus Kristus'),
      cuti('2026-05-15', 'Cuti bersama Kenaikan Yesus Kristus'),
      libur('2026-05-27', 'Iduladha 1447 H'),
      cuti('2026-05-28', 'Cuti bersama Iduladha'),
      libur('2026-05-31', 'Hari Raya Waisak 2570 BE'),
      libur('2026-06-01', 'Hari Lahir Pancasila'),
      libur('2026-06-16', '1 Muharam Tahun Baru Islam 1448 H'),
      libur('2026-08-17', 'Proklamasi Kemerdekaan'),
      libur('2026-08-25', 'Maulid Nabi Muhammad SAW'),
      cuti('2026-12-24', 'Cuti bersama Kelahiran Yesus Kristus'),
      libur('2026-12-25', 'Kelahiran Yesus Kristus'),
    ],
  },
  {
    year: 2027,
    // The 2027 SKB could not be confirmed when this list was written. Fixed-date holidays are
    // certain; the lunar and lunisolar ones are estimates (Hijri dates from the 2026 dates plus one
    // lunar year, Easter by the Gregorian computus, Imlek, Nyepi and Waisak from published
    // calendars) and marked provisional. No cuti bersama are listed: add them (or correct a date)
    // through `extraHolidays` once the SKB is out, and update this file.
    source: 'Provisional: SKB 3 Menteri for 2027 not yet confirmed; see the comment above',
    holidays: [
      libur('2027-01-01', 'Tahun Baru 2027 Masehi'),
      estimate(libur('2027-01-05', 'Isra Mikraj Nabi Muhammad SAW')),
      estimate(libur('2027-02-06', 'Tahun Baru Imlek 2578 Kongzili')),
      estimate(libur('2027-03-09', 'Hari Suci Nyepi (Tahun Baru Saka 1949)')),
      estimate(libur('2027-03-10', 'Idulfitri 1448 H')),
      estimate(libur('2027-03-11', 'Idulfitri 1448 H')),
      libur('2027-03-26', 'Wafat Yesus Kristus'),
      libur('2027-03-28', 'Kebangkitan Yesus Kristus (Paskah)'),
      libur('2027-05-01', 'Hari Buruh Internasional'),
      libur('2027-05-06', 'Kenaikan Yesus Kristus'),
      estimate(libur('2027-05-17', 'Iduladha 1448 H')),
      estimate(libur('2027-05-20', 'Hari Raya Waisak 2571 BE')),
      libur('2027-06-01', 'Hari Lahir Pancasila'),
      estimate(libur('2027-06-06', '1 Muharam Tahun Baru Islam 1449 H')),
      libur('2027-08-17', 'Proklamasi Kemerdekaan'),
      estimate(libur('2027-08-15', 'Maulid Nabi Muhammad SAW')),
      libur('2027-12-25', 'Kelahiran Yesus Kristus'),
    ],
  },
];

export const NATIONAL_HOLIDAYS: readonly Holiday[] = HOLIDAY_YEARS.flatMap((year) => year.holidays);
