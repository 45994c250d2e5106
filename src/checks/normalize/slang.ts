/**
 * Everyday chat spellings (alay and abbreviations) folded to standard Indonesian, so tone rules
 * can match one form. Small on purpose: only spellings common enough to matter in replies to the
 * public, each mapped to the word it stands for.
 */
const SLANG: ReadonlyMap<string, string> = new Map([
  ['gk', 'tidak'], ['ga', 'tidak'], ['gak', 'tidak'], ['nggak', 'tidak'], ['ngga', 'tidak'],
  ['enggak', 'tidak'], ['engga', 'tidak'], ['kagak', 'tidak'], ['tdk', 'tidak'], ['g', 'tidak'],
  ['yg', 'yang'], ['dgn', 'dengan'], ['dg', 'dengan'], ['utk', 'untuk'], ['untk', 'untuk'],
  ['krn', 'karena'], ['krna', 'karena'], ['karna', 'karena'], ['sdh', 'sudah'], ['udh', 'sudah'],
  ['udah', 'sudah'], ['dah', 'sudah'], ['blm', 'belum'], ['blum', 'belum'], ['aja', 'saja'],
  ['tp', 'tapi'], ['bgt', 'banget'], ['sy', 'saya'], ['gue', 'saya'], ['gw', 'saya'], ['gua', 'saya'],
  ['aku', 'saya'], ['lo', 'kamu'], ['lu', 'kamu'], ['elo', 'kamu'], ['elu', 'kamu'], ['dr', 'dari'],
  ['kmrn', 'kemarin'], ['kemaren', 'kemarin'], ['jg', 'juga'], ['sm', 'sama'], ['trs', 'terus'],
  ['dpt', 'dapat'], ['org', 'orang'], ['bkn', 'bukan'], ['hrs', 'harus'], ['msh', 'masih'],
  ['kalo', 'kalau'], ['klo', 'kalau'], ['kl', 'kalau'], ['gmn', 'bagaimana'], ['gimana', 'bagaimana'],
  ['knp', 'kenapa'], ['emg', 'memang'], ['emang', 'memang'], ['lg', 'lagi'], ['skrg', 'sekarang'],
  ['bener', 'benar'], ['pake', 'pakai'], ['bs', 'bisa'], ['tau', 'tahu'], ['ato', 'atau'],
  ['atw', 'atau'], ['mksh', 'terima kasih'], ['makasih', 'terima kasih'], ['trims', 'terima kasih'],
  ['thx', 'terima kasih'], ['tks', 'terima kasih'], ['min', 'admin'], ['mimin', 'admin'],
  ['ortu', 'orang tua'], ['gpp', 'tidak apa-apa'], ['gapapa', 'tidak apa-apa'], ['bgmn', 'bagaimana'],
  ['sbg', 'sebagai'], ['spt', 'seperti'], ['kyk', 'kayak'], ['kaya', 'kayak'], ['mo', 'mau'],
  ['pengen', 'ingin'], ['pgn', 'ingin'], ['blg', 'bilang'], ['cm', 'cuma'], ['cuman', 'cuma'],
]);

/** The standard spelling of a folded word, or the word itself. */
export function canonicalWord(word: string): string {
  return SLANG.get(word) ?? word;
}
