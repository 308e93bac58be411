// Style values (expressions, padding) compared by what they say, key by key: a whole-value JSON.stringify would
// also tell two equal objects apart by the order of their keys.
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return (
    ka.length === kb.length &&
    ka.every((k) => Object.hasOwn(b, k) && sameValue(a[k as keyof typeof a], b[k as keyof typeof b]))
  );
}
