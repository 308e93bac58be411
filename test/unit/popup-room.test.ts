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
    // Tip at 300 - 56 - 10 = 234; the row ends at 38, with 6 px clear: 190 px, less 24 of padding.
    const r = popupRoom({ ...PHONE, height: 420, y: 300, over: PHONE.over.slice(0, 2) });
    expect(r).toEqual({ anchor: 'bottom', width: 320, textHeight: 166 });
  });

  it('on a small map, covers its point where beside it would show only a line of text', () => {
    // Above the pin, 66 px of text. Covering it, the band from the chapter row (38) to the zoom buttons (210),
    // 6 px clear at each end, less 24 of padding; its top-left corner centred across the map, from the point.
    expect(popupRoom(PHONE)).toEqual({
      anchor: 'top-left',
      width: 320,
      textHeight: 136,
      cover: [-160, -156],
    });
  });

  it('covering its point, takes the edge that leaves it the taller band', () => {
    // A wider map, a legend over the right of its middle.
    const r = popupRoom({
      ...PHONE,
      width: 500,
      x: 250,
      over: [
        { left: 10, top: 10, right: 250, bottom: 38 },
        { left: 398, top: 10, right: 490, bottom: 38 },
        { left: 340, top: 150, right: 490, bottom: 200 },
      ],
    });
    // Along the left edge, clear of the legend, from the chapter row down to the map's foot.
    expect(r.cover).toEqual([6 - 250, 38 + 6 - 200]);
    expect(r.textHeight).toBe(320 - 38 - 12 - 24);
  });

  it('turns to one side of a point near an edge, and leaves out what is not above or below it', () => {
    const r = popupRoom({ ...PHONE, x: 20, y: 300, over: [{ left: 348, top: 10, right: 360, bottom: 200 }] });
    expect(r.anchor).toBe('bottom-left');
    expect(r.textHeight).toBe(300 - 56 - 10 - 6 - 24);
    expect(popupRoom({ ...PHONE, x: 350, y: 300, over: [] }).anchor).toBe('bottom-right');
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
