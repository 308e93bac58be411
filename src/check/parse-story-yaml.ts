// Parses a story file as yaml's parseDocument does, in its two steps, with two bounds between them. The parser's
// time grows with the tokens (a megabyte of dense YAML took it two seconds), so it stops past MAX_YAML_TOKENS. And
// the composer recurses once per level of nesting: past about a thousand it overflows the stack, and a regular
// expression compiled on first use that deep has crashed the whole process, so nesting past MAX_NESTING is refused
// before composing.
import { Composer, Parser, YAMLParseError, type CST, type Document, type LineCounter } from 'yaml';
import { MAX_NESTING, MAX_YAML_TOKENS } from '../story/limits.ts';

class TooManyTokens extends Error {}

class BoundedParser extends Parser {
  private tokens = 0;

  override *next(source: string) {
    if (++this.tokens > MAX_YAML_TOKENS) throw new TooManyTokens();
    yield* super.next(source);
  }
}

export type Parsed =
  { ok: true; doc: Document.Parsed } | { ok: false; offset: number; message: string; hint?: string };

export function parseStoryYaml(text: string, lines: LineCounter): Parsed {
  const parser = new BoundedParser(lines.addNewLine);
  const tokens: CST.Token[] = [];
  try {
    for (const token of parser.parse(text)) tokens.push(token);
  } catch (e) {
    if (!(e instanceof TooManyTokens)) throw e;
    return {
      ok: false,
      offset: parser.offset,
      message: `more than ${MAX_YAML_TOKENS.toLocaleString('en')} YAML tokens by here: more than any story needs`,
      hint: 'split the story, or check what was pasted into it',
    };
  }
  const deep = tooDeep(tokens);
  if (deep !== null)
    return { ok: false, offset: deep, message: `YAML nested more than ${MAX_NESTING} levels deep here` };

  // Duplicate keys are not checked here: the composer's check compares each key with every earlier one, 93 s for
  // a mapping of 110,000 keys (documentHazard finds them instead).
  const composer = new Composer({ uniqueKeys: false });
  let doc: Document.Parsed | undefined;
  for (const next of composer.compose(tokens, true, text.length)) {
    if (!doc) doc = next;
    else {
      const [start, end] = next.range;
      const message = 'a story file holds one YAML document: remove the "---" line that starts a second';
      doc.errors.push(new YAMLParseError([start, end], 'MULTIPLE_DOCS', message));
      break;
    }
  }
  return { ok: true, doc: doc! };
}

/** The offset of the first collection nested deeper than MAX_NESTING, found without recursing. */
function tooDeep(tokens: CST.Token[]): number | null {
  const stack = tokens.map((token) => ({ token, depth: 0 }));
  let first: number | null = null;
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    if (token.type === 'document') {
      if (token.value) stack.push({ token: token.value, depth });
    } else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth >= MAX_NESTING) {
        if (first === null || token.offset < first) first = token.offset;
        continue;
      }
      for (const item of token.items) {
        if (item.key) stack.push({ token: item.key, depth: depth + 1 });
        if (item.value) stack.push({ token: item.value, depth: depth + 1 });
      }
    }
  }
  return first;
}
