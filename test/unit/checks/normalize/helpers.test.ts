import { describe, expect, it } from 'vitest';
import { leetView, normalize, spacedRuns, toOriginal, words } from '../../../../src/checks/normalize';

describe('leetView', () => {
  it('reads digits as letters inside words only, so numbers stay numbers', () => {
    expect(leetView(normalize('r4h4s1a t3rb4t45'))).toBe('rahasia terbatas');
    expect(leetView(normalize('Hubungi 112, 10 ribu, 2024'))).toBe('hubungi 112, 10 ribu, 2024');
    expect(leetView(normalize('NIK 3171011205900001'))).toBe('nik 3171011205900001');
  });

  it('keeps the folded length so the offset map still applies', () => {
    const norm = normalize('g4k ＯＫ');
    expect(leetView(norm)).toHaveLength(norm.text.length);
  });
});

describe('spacedRuns', () => {
  const joined = (draft: string) => spacedRuns(normalize(draft)).map((run) => run.text);

  it('joins letter-spaced words written with spaces, dots, dashes or leet', () => {
    expect(joined('R A H A S I A')).toEqual(['rahasia']);
    expect(joined('ini r.a.h.a.s.i.a ya')).toEqual(['rahasia']);
    expect(joined('t-3-r-b-4-t-4-s')).toEqual(['terbatas']);
    expect(joined('S A N G A T   R A H A S I A')).toEqual(['sangatrahasia']);
  });

  it('maps each joined run back to the spaced original', () => {
    const draft = 'Dokumen R A H A S I A.';
    const [run] = spacedRuns(normalize(draft));
    expect(draft.slice(...toOriginal(run!, 0, run!.text.length))).toBe('R A H A S I A');
  });

  it('never glues ordinary words together', () => {
    expect(joined('Kapal bergerak ke arah Asia Tenggara')).toEqual([]);
    expect(joined('a. b. dan c')).toEqual([]);
    expect(joined('di RT 3 RW 5')).toEqual([]);
  });
});

describe('words', () => {
  it('gives each word with its original span and a slang-folded canonical form', () => {
    const draft = 'Min, gk bs dftr yg BARU?';
    const list = words(normalize(draft));
    expect(list.map((w) => w.canonical)).toEqual(['admin', 'tidak', 'bisa', 'dftr', 'yang', 'baru']);
    expect(list.map((w) => draft.slice(w.start, w.end))).toEqual(['Min', 'gk', 'bs', 'dftr', 'yg', 'BARU']);
  });

  it('folds disguised slang too and leaves standard words as they are', () => {
    expect(words(normalize('G4K dgn nggaaak')).map((w) => w.canonical)).toEqual(['tidak', 'dengan', 'tidak']);
    expect(words(normalize('Terima kasih atas laporannya')).map((w) => w.canonical)).toEqual(['terima', 'kasih', 'atas', 'laporannya']);
  });
});
