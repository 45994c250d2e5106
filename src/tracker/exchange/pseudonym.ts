import { sha256Hex } from './export';

/**
 * Citizen handles replaced by a per-team salted hash: the same citizen gets the same pseudonym in
 * every export of the team (so returning citizens still count), and nobody without the team's
 * salt can look a handle up (UU PDP 27/2022: share no more personal data than the purpose needs).
 */
export async function pseudonyms(handles: Iterable<string>, salt: string): Promise<Map<string, string>> {
  const unique = [...new Set(handles)];
  const hashes = await Promise.all(unique.map((handle) => sha256Hex(`${salt}\u0000${handle.toLowerCase()}`)));
  return new Map(unique.map((handle, i) => [handle, `warga-${hashes[i]!.slice(0, 12)}`]));
}
