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
  let copied = 0;
  for (let start = 0; start < text.length; ) {
    if (!isDigit(text[start]!)) {
      start++;
      continue;
    }
    // Widen to the whole word around this digit and read it as leet only if it has a letter.
    let from = start;
    while (from > 0 && isLetter(text[from - 1]!)) from--;
    let end = start;
    let hasLetter = from < start;
    while (end < text.length && (isLetter(text[end]!) || isDigit(text[end]!))) {
      if (isLetter(text[end]!)) hasLetter = true;
      end++;
    }
    if (hasLetter) {
      out += text.slice(copied, from);
      for (let k = from; k < end; k++) out += LEET[text[k]!] ?? text[k]!;
      copied = end;
    }
    start = end;
  }
  out += text.slice(copied);
  views.set(norm, out);
  return out;
}
