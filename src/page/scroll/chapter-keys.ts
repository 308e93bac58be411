// Keys that move a chapter forward or back: j/n and k/p, as in feed readers; arrows and Page keys keep scrolling.
export function chapterKey(e: KeyboardEvent): -1 | 0 | 1 {
  if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented) return 0;
  const target = e.target as HTMLElement | null;
  if (target?.closest('input, textarea, select, [contenteditable="true"]')) return 0;
  if (e.key === 'j' || e.key === 'n') return 1;
  if (e.key === 'k' || e.key === 'p') return -1;
  return 0;
}
