// What the YAML parser leaves to its caller and handles slowly: duplicate keys (its own check compares each key with
// every earlier one, 93 s for a mapping of 110,000 keys) and aliases (expanding 250,000 of them took 2.6 s before its
// guard stopped it). One walk over the document finds both, without recursion, so depth cannot overflow it.
import { isAlias, isMap, isPair, isScalar, isSeq, type Document } from 'yaml';
import { MAX_ALIASES } from '../story/limits.ts';

export interface Hazard {
  offset: number;
  message: string;
  hint?: string;
}

export function documentHazard(doc: Document): Hazard | null {
  let aliases = 0;
  const stack: unknown[] = [doc.contents];
  let duplicate: Hazard | null = null;
  while (stack.length > 0) {
    const node = stack.pop();
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
            // The earliest duplicate in the file, whichever map the walk reaches first.
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
  return duplicate;
}
