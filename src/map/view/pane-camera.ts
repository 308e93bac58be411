// Which of a chapter's cameras a map pane shows: its phone camera on a phone, where it has one.
import type { Camera, ResolvedChapter } from '../../story/types';

/**
 * `phone`: the story is laid out for a phone, by the very condition its layout answers to (its container at most
 * PHONE_WIDTH wide), not by the map's own width, which beside the text is as narrow as a phone's.
 */
export function paneCamera(chapter: Pick<ResolvedChapter, 'camera' | 'phoneCamera'>, phone: boolean): Camera {
  return (phone && chapter.phoneCamera) || chapter.camera;
}
