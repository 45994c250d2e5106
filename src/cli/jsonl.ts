/** One `{"id", "text"}` input line: the draft, or the error line to answer with (the id kept when there is one). */
export function readDraftLine(line: string): { withId: { id?: unknown }; text: string } | { error: object } {
  let item: unknown;
  try {
    item = JSON.parse(line);
  } catch (error) {
    return { error: { error: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` } };
  }
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return { error: { error: 'each line must be a JSON object with a "text" field' } };
  const { id, text } = item as { id?: unknown; text?: unknown };
  const withId = id === undefined ? {} : { id };
  if (typeof text !== 'string') return { error: { ...withId, error: 'missing "text" (a string)' } };
  return { withId, text };
}
