const GAP = 6;
const INTERACTIVE = 'a[href], button, input, select, textarea, [role="button"], [role="link"], [contenteditable="true"], [tabindex]:not([tabindex="-1"])';

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Whether a box on screen would cover anything the admin clicks, other than the editor itself. */
function coversControls(box: Box, editor: HTMLElement, host: HTMLElement): boolean {
  if (box.left < 0 || box.top < 0 || box.left + box.width > innerWidth || box.top + box.height > innerHeight) return true;
  const points: Array<[number, number]> = [
    [box.left + 1, box.top + 1],
    [box.left + box.width - 1, box.top + 1],
    [box.left + 1, box.top + box.height - 1],
    [box.left + box.width - 1, box.top + box.height - 1],
    [box.left + box.width / 2, box.top + box.height / 2],
  ];
  return points.some(([x, y]) => {
    const under = document.elementsFromPoint(x, y).find((element) => element !== host);
    const control = under?.closest(INTERACTIVE);
    return control !== null && control !== undefined && control !== editor && !control.contains(editor);
  });
}

/**
 * Where the badge goes next to a composer: the first of a few spots around the editor's corner
 * that covers none of the site's controls (a badge over the Post or emoji button is a known
 * complaint about writing assistants), else just below the editor.
 */
export function badgeSpot(editor: HTMLElement, host: HTMLElement, size: { width: number; height: number }): { left: number; top: number } {
  const rect = editor.getBoundingClientRect();
  const right = rect.right - size.width;
  const candidates: Array<{ left: number; top: number }> = [
    { left: right, top: rect.bottom + GAP },
    { left: right, top: rect.top - size.height - GAP },
    { left: right - GAP, top: rect.bottom - size.height - GAP },
    { left: rect.right + GAP, top: rect.bottom - size.height },
  ];
  return candidates.find((spot) => !coversControls({ ...spot, ...size }, editor, host)) ?? candidates[0]!;
}
