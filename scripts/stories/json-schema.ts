// The JSON Schema editors use to complete and check story.yaml as it is typed. It is generated from the zod
// schema the checker uses, so an editor never accepts a field the checker rejects or the other way round.
import { z } from 'zod';
import { storySchema } from '../../src/story/schema';

export const SCHEMA_FILE = 'stories/story.schema.json';

function storyJsonSchema(): object {
  // draft-07 because it is the version yaml-language-server (VS Code's YAML extension) has supported longest;
  // `input` so fields with defaults or transforms are described as the editor writes them, not as parsed.
  const { $schema, ...body } = z.toJSONSchema(storySchema, { target: 'draft-07', io: 'input' });
  return {
    $schema,
    // A URN rather than a URL: the schema is only ever read from the repository, never fetched.
    $id: 'urn:storymap:story-schema',
    title: 'Story map story',
    description:
      'One story.yaml in stories/<slug>/. Generated from src/story/schema.ts by `npm run schema`; do not edit. ' +
      'Cross-field rules (known place ids, the map region, quotes found in source.txt) are checked only by ' +
      '`npm run check:stories`.',
    ...body,
  };
}

/** The file's exact contents, so writing and `--check` agree byte for byte. */
export function storyJsonSchemaText(): string {
  return JSON.stringify(storyJsonSchema(), null, 2) + '\n';
}
