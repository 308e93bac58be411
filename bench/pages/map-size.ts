// The bench gives a bench page's map the story map's size (?w=&h= in CSS px), so each page draws as many pixels per
// frame as the story's.
export function sizeFromQuery(container: HTMLElement): URLSearchParams {
  const query = new URLSearchParams(location.search);
  const width = Number(query.get('w'));
  const height = Number(query.get('h'));
  if (width > 0) container.style.width = `${width}px`;
  if (height > 0) container.style.height = `${height}px`;
  return query;
}
