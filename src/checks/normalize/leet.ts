import type { NormalizedText } from './index';

// The digits people put for letters ("r4h4s1a"); `$` and `@` are left out, they mean money and handles.
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };

function isLetter(char: string): boolean {
  return char >= 'a' && char <= 'z';
}

function isDigit(char: string): boolean {
  return char >= '0' && char <= '9';
}

const views = new WeakMap<NormalizedText, string>();

/**
 * The folded text with leetspeak read as letters, for word rules. Digits change only inside a
 * word that also has a letter ("r4h4s1a" → "rahasia"), so "112", "2024" and "10 ribu" stay
 * digits. Same length as `norm.text`, so `norm.offsets` and `toOriginal` apply unchanged.
 */
export function leetView(norm: NormalizedText): string {
  const known = views.get(norm);
  if (known !== undefined) return known;
  const text = norm.text;
  let out = '';
  for (let start = 0; start < text.length; ) {
    const char = text[start]!;
    if (!isLetter(char) && !isDigit(char)) {
      out += char;
      start++;
      continue;
    }
    let end = start;
    let hasLetter = false;
    while (end < text.length && (isLetter(text[end]!) || isDigit(text[end]!))) {
      if (isLetter(text[end]!)) hasLetter = true;
      end++;
    }
    for (let k = start; k < end; k++) out += hasLetter ? (LEET[text[k]!] ?? text[k]!) : text[k]!;
    start = end;
  }
  views.set(norm, out);
  return out;
}
