import { describe, expect, it } from 'vitest';
import { labelReach, unfitLabels, type LabelShape } from '../../src/map/maplibre/unfit-labels';

const label = (id: string, x: number, y: number): LabelShape<string> => ({
  id,
  x,
  y,
  width: 100,
  height: 20,
  offset: 10,
});

describe('unfitLabels', () => {
  it('keeps a label wholly inside and clear of every blocker', () => {
    expect(unfitLabels([label('a', 200, 200)], 400, 400, [])).toEqual(new Set());
  });

  it('drops a label crossing any edge by a pixel', () => {
    const at = [
      label('left', 49, 200),
      label('right', 351, 200),
      label('top', 200, 9),
      label('bottom', 200, 391),
    ];
    expect(unfitLabels(at, 400, 400, [])).toEqual(new Set(['left', 'right', 'top', 'bottom']));
    expect(unfitLabels([label('edge', 50, 10)], 400, 400, [])).toEqual(new Set());
  });

  it('drops a label under a blocker, and only that one', () => {
    const blocker = { left: 300, top: 0, right: 400, bottom: 40 };
    expect(unfitLabels([label('under', 330, 30), label('beside', 200, 30)], 400, 400, [blocker])).toEqual(
      new Set(['under']),
    );
  });

  it('with labelReach, counts every place a label may step to', () => {
    expect(labelReach(label('a', 200, 200))).toEqual({ left: 90, top: 170, right: 310, bottom: 230 });
    expect(unfitLabels([label('a', 100, 200)], 400, 400, [], labelReach)).toEqual(new Set(['a']));
  });
});
