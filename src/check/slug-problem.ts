// A story's folder name is its slug: the address of its pages (/<slug>/), and written into the index page's links.
import { MAX_ID_CHARS } from '../story/limits.ts';
import { ID_PATTERN } from '../story/schema.ts';

/** What is wrong with `name` as a story folder name, or null when it is a valid slug. */
export function slugProblem(name: string): string | null {
  const shown = JSON.stringify(name.length > 40 ? name.slice(0, 37) + '…' : name);
  if (name.length > MAX_ID_CHARS)
    return `story folder name ${shown} is ${name.length} characters long, the limit is ${MAX_ID_CHARS}`;
  if (!ID_PATTERN.test(name))
    return `story folder name ${shown} is not a valid slug: use lower-case a-z, 0-9 and single '-' between them`;
  return null;
}
