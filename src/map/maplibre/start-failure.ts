// Why the map could not start or stopped, as the reader is told it (MapFailure.svelte) and the page publishes it.
import type { Word } from '../../locale/i18n';
import { ContextLost } from './context-lost';
import { TimedOut } from './deadline';
import { HostChangedObjects } from './host-prototype';

/** What the reader is told when the map could not start, or stopped drawing. */
export function startFailure(error: unknown): { message: string; why: Word } {
  const message = error instanceof Error ? error.message : String(error);
  const why =
    error instanceof TimedOut
      ? 'mapTimeout'
      : error instanceof HostChangedObjects
        ? 'hostObjects'
        : error instanceof ContextLost
          ? 'contextLost'
          : /webgl/i.test(message)
            ? 'noWebgl'
            : 'mapError';
  return { message, why };
}
