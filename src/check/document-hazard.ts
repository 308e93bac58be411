// What the YAML parser leaves to its caller and handles slowly: duplicate keys (its own check compares each key with
// every earlier one, 93 s for a mapping of 110,000 keys) and aliases (expanding 250,000 of them took 2.6 s before its
// guard stopped it); and tags, which make values a story has no use for (!!binary a byte buffer, whose methods the
// schema then reported as 103 unknown fields; !!set, !!timestamp) or leave a string that hides a typo (!custom).
// One walk over the document finds all three, without recursion, so depth cannot overflow it.
import { isAlias, isMap, isNode, isPair, isScalar, isSeq, type Document } from 'yaml';
import { MAX_ALIASES } from '../story/limits.ts';

export interface Hazard {
  offset: number;
  message: string;
  hint?: string;
}

const CORE = 'tag:yaml.org,2002:';
/** The tags of what a story is made of: text, numbers, true and false, nothing, lists and mappings. */
const PLAIN_TAGS = new Set(['str', 'int', 'float', 'bool', 'null', 'seq', 'map'].map((t) => CORE + t));

/** A tag as the file writes it. */
const written = (tag: string) => (tag.startsWith(CORE) ? `!!${tag.slice(CORE.length)}` : tag);

export function documentHazard(doc: Document): Hazard | null {
  let aliases = 0;
  const stack: unknown[] = [doc.contents];
  // The earliest of each in the file, whichever map the walk reaches first.
  let duplicate: Hazard | null = null;
  let tagged: Hazard | null = null;
  while (stack.length > 0) {
    const node = stack.pop();
    if (isNode(node) && node.tag !== undefined && !PLAIN_TAGS.has(node.tag)) {
      const offset = node.range?.[0] ?? 0;
      if (!tagged || offset < tagged.offset)
        tagged = {
          offset,
          message: `YAML tag ${written(node.tag)}: a story holds text, numbers, lists and mappings, not YAML's other types`,
          hint: 'remove the tag (quote the value if it is text)',
        };
      continue;
    }
    if (isAlias(node)) {
      if (++aliases > MAX_ALIASES)
        return {
          offset: node.range?.[0] ?? 0,
          message: `YAML aliases: more than ${MAX_ALIASES} uses of *name in one file`,
          hint: 'write the values out; a story has no need for aliases',
        };
    } else if (isMap(node)) {
      // Scalar keys compare by value, as the parser's own check does (1 and "1" differ).
      const seen = new Set<unknown>();
      for (const pair of node.items) {
        if (isScalar(pair.key)) {
          if (seen.has(pair.key.value)) {
            const offset = pair.key.range?.[0] ?? 0;
            if (!duplicate || offset < duplicate.offset)
              duplicate = { offset, message: 'YAML syntax: Map keys must be unique' };
          }
          seen.add(pair.key.value);
        }
        stack.push(pair.key, pair.value);
      }
    } else if (isSeq(node)) for (const item of node.items) stack.push(item);
    else if (isPair(node)) stack.push(node.key, node.value);
  }
  const found = [duplicate, tagged].filter((h) => h !== null);
  return found.sort((a, b) => a.offset - b.offset)[0] ?? null;
}
