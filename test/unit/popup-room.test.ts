// Where a popup opens and how tall its text may be, between what lies over the map (popup-room.ts).
import { describe, expect, it } from 'vitest';
import { popupRoom, type PopupSpace } from '../../src/map/maplibre/popup-room';

// A 360×320 phone map: the chapter row and the language switch along the top, zoom buttons, scale bar and
// attribution along the foot.
const PHONE: PopupSpace = {
  width: 360,
  height: 320,
  x: 180,
  y: 200,
  above: 56,
  below: 4,
  over: [
    { left: 10, top: 10, right: 250, bottom: 38 },
    { left: 258, top: 10, right: 350, bottom: 38 },
    { left: 318, top: 210, right: 350, bottom: 270 },
    { left: 10, top: 288, right: 110, bottom: 310 },
    { left: 120, top: 280, right: 360, bottom: 320 },
  ],
};

describe('popupRoom', () => {
  it('stands above its pin, its text as tall as the room below the chapter row', () => {
    // Tip at 200 - 56 - 10 = 134; the row ends at 38, with 6 px clear: 90 px, less 24 of padding.
    expect(popupRoom(PHONE)).toEqual({ anchor: 'bottom', width: 320, textHeight: 66 });
  });

  it('hangs below its point when there is more room there', () => {
    const r = popupRoom({ ...PHONE, y: 80, over: PHONE.over.slice(0, 2) });
    expect(r.anchor).toBe('top');
    // Tip at 80 + 4 + 10 = 94, to the map's foot at 320 with 6 px clear, less 24 of padding.
    expect(r.textHeight).toBe(320 - 94 - 6 - 24);
  });

  it('turns to one side of a point near an edge, and leaves out what is not above or below it', () => {
    const r = popupRoom({ ...PHONE, x: 20, y: 300, over: [{ left: 348, top: 10, right: 360, bottom: 200 }] });
    expect(r.anchor).toBe('bottom-left');
    expect(r.textHeight).toBe(300 - 56 - 10 - 6 - 24);
    expect(popupRoom({ ...PHONE, x: 350 }).anchor).toBe('bottom-right');
  });

  it('is never wider than the map allows, nor taller than a reader wants', () => {
    expect(popupRoom({ ...PHONE, width: 200 }).width).toBe(188);
    expect(popupRoom({ ...PHONE, height: 2000, y: 1500, over: [] }).textHeight).toBe(420);
  });

  it('boxed in on both sides, still shows a few lines', () => {
    const r = popupRoom({ ...PHONE, over: [{ left: 0, top: 0, right: 360, bottom: 320 }] });
    expect(r.textHeight).toBe(64);
  });
});
