// paneCamera: the phone's own camera on a phone, where a chapter has one; the chapter's camera everywhere else.
import { describe, expect, it } from 'vitest';
import type { Camera } from '../../src/story/types';
import { paneCamera } from '../../src/map/view/pane-camera';

const own: Camera = { kind: 'center', center: [121.95, 29.95], zoom: 9, pitch: 0, bearing: 0 };
const phone: Camera = { kind: 'fit', bounds: [121.9, 29.7, 122.4, 30.2], pitch: 0, bearing: 0 };

describe('paneCamera', () => {
  it("shows a phone the chapter's phone camera, and any other pane its own", () => {
    expect(paneCamera({ camera: own, phoneCamera: phone }, true)).toBe(phone);
    expect(paneCamera({ camera: own, phoneCamera: phone }, false)).toBe(own);
  });

  it("shows a phone the chapter's own camera when it has no phone camera", () => {
    expect(paneCamera({ camera: own }, true)).toBe(own);
    expect(paneCamera({ camera: own }, false)).toBe(own);
  });
});
