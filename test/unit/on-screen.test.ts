// The bench's "on screen": the display's first draw after the page's first commit from the shown mark on, not the
// mark itself, nor a draw of an earlier commit.
import { describe, expect, it } from 'vitest';
import { SHOWN_MARK, shownFrameAfterMark } from '../../bench/on-screen';
import type { TraceEvent } from '../../bench/trace-summary';

const PAGE = 10;
const GPU = 20;
const ev = (name: string, ts: number, pid: number, more: Partial<TraceEvent> = {}): TraceEvent => ({
  name,
  cat: '',
  ph: 'X',
  ts,
  pid,
  tid: 1,
  ...more,
});

describe('shownFrameAfterMark', () => {
  it('waits for the commit after the mark, then the draw after that commit, to its end', () => {
    const events = [
      ev('Display::DrawAndSwap', 1_000, GPU, { dur: 200 }),
      ev(SHOWN_MARK, 5_000, PAGE, { ph: 'R' }),
      // A draw of what was committed before the mark: it cannot show the map.
      ev('Display::DrawAndSwap', 6_000, GPU, { dur: 300 }),
      ev('Commit', 900_000, PAGE, { ph: 'b' }),
      ev('Commit', 900_100, PAGE, { ph: 'e' }),
      ev('Display::DrawAndSwap', 904_000, GPU, { dur: 1_000 }),
      ev('Display::DrawAndSwap', 920_000, GPU, { dur: 1_000 }),
    ];
    expect(shownFrameAfterMark(events)).toEqual({ afterMark: 900, commit: 895 });
  });

  it('reads only the commits of the page that set the mark', () => {
    const events = [
      ev(SHOWN_MARK, 0, PAGE, { ph: 'R' }),
      ev('Commit', 1_000, 99, { ph: 'b' }),
      ev('Display::DrawAndSwap', 2_000, GPU, { dur: 0 }),
      ev('Commit', 50_000, PAGE, { ph: 'b' }),
      ev('Display::DrawAndSwap', 60_000, GPU, { dur: 0 }),
    ];
    expect(shownFrameAfterMark(events)?.afterMark).toBe(60);
  });

  it('is null when the trace lacks the mark, the commit or the draw', () => {
    expect(shownFrameAfterMark([ev('Commit', 1, PAGE), ev('Display::DrawAndSwap', 2, GPU)])).toBeNull();
    expect(shownFrameAfterMark([ev(SHOWN_MARK, 5, PAGE), ev('Display::DrawAndSwap', 9, GPU)])).toBeNull();
    expect(shownFrameAfterMark([ev(SHOWN_MARK, 5, PAGE), ev('Commit', 7, PAGE)])).toBeNull();
  });
});
