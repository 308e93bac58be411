// Finds markup in story text by one pass over it. The pattern this replaces (/<\s*\/?\s*[a-z!][^>]*>/) retried
// its `[^>]*` from every `<`, so a field of 120 KB of `<a<a<a…` took 16 s to check, and passed.

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
const isTagStart = (c: string | undefined) => c !== undefined && /[a-z!]/i.test(c);

/**
 * Where `text` holds what a browser would read as markup, or -1: a tag or comment (`<b>`, `</b>`, `< b >`, `<!--`),
 * the start of one that never closes (`<a href=…`: a page that pasted it into HTML would swallow what follows), or
 * a `javascript:` address.
 */
export function findMarkup(text: string): number {
  const script = text.toLowerCase().indexOf('javascript:');
  const lastClose = text.lastIndexOf('>');
  for (let i = text.indexOf('<'); i >= 0 && (script < 0 || i < script); i = text.indexOf('<', i + 1)) {
    const next = text[i + 1];
    // As an HTML parser reads it: `<` directly before a letter, `/`, `!` or `?` opens a tag, closed or not.
    if (next !== undefined && /[a-z/!?]/i.test(next)) return i;
    // Spaced out (`< b >`, `< / b>`), it is a tag only if a `>` follows, as the old pattern had it.
    let j = i + 1;
    while (isSpace(text[j])) j++;
    if (text[j] === '/') j++;
    while (isSpace(text[j])) j++;
    if (isTagStart(text[j]) && j < lastClose) return i;
    // A run of spaces after one `<` is not scanned again from the next: it holds no `<`.
  }
  return script;
}
