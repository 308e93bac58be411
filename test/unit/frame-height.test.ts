import { describe, expect, it } from 'vitest';
import { claimSite } from '../../src/host/claim-site';
import { clampHeight, MAX_FRAME_HEIGHT, MIN_FRAME_HEIGHT } from '../../src/host/frame-height';
import { oncePerFrame } from '../../src/iframe/once-per-frame';

describe('embed frame heights', () => {
  it('stay between 120 and 20,000 px, in whole pixels', () => {
    expect([MIN_FRAME_HEIGHT, MAX_FRAME_HEIGHT]).toEqual([120, 20_000]);
    expect(clampHeight(0)).toBe(120);
    expect(clampHeight(-5)).toBe(120);
    expect(clampHeight(119.2)).toBe(120);
    expect(clampHeight(640)).toBe(640);
    expect(clampHeight(640.1)).toBe(641);
    expect(clampHeight(999_999)).toBe(20_000);
  });
});

describe('oncePerFrame', () => {
  /** A frame clock the test advances by hand. */
  function frames() {
    let queue: (() => void)[] = [];
    return {
      schedule: (run: () => void) => void queue.push(run),
      tick() {
        const due = queue;
        queue = [];
        for (const run of due) run();
      },
    };
  }

  it('answers any number of calls before a frame once, in that frame', () => {
    const clock = frames();
    let answers = 0;
    const answer = oncePerFrame(() => answers++, clock.schedule);
    for (let i = 0; i < 20_000; i++) answer();
    expect(answers).toBe(0);
    clock.tick();
    expect(answers).toBe(1);
    clock.tick();
    expect(answers).toBe(1);
    answer();
    answer();
    clock.tick();
    expect(answers).toBe(2);
  });

  it('runs once when the schedule calls back twice (a frame and a timer)', () => {
    const clock = frames();
    let answers = 0;
    const answer = oncePerFrame(
      () => answers++,
      (run) => {
        clock.schedule(run);
        clock.schedule(run);
      },
    );
    answer();
    clock.tick();
    expect(answers).toBe(1);
    // A late callback of the last frame does not answer a call made after it.
    const late: (() => void)[] = [];
    const answerLate = oncePerFrame(
      () => answers++,
      (run) => {
        clock.schedule(run);
        late.push(run);
      },
    );
    answerLate();
    clock.tick();
    answerLate();
    late[0]!();
    expect(answers).toBe(2);
    clock.tick();
    expect(answers).toBe(3);
  });
});

describe('claimSite', () => {
  it('gives each site to the first copy of embed.js from it', () => {
    const page = new EventTarget();
    expect(claimSite(page, 'https://a.example/maps/')).toBe(true);
    expect(claimSite(page, 'https://a.example/maps/')).toBe(false);
    expect(claimSite(page, 'https://b.example/')).toBe(true);
    expect(claimSite(page, 'https://b.example/')).toBe(false);
    expect(claimSite(new EventTarget(), 'https://a.example/maps/')).toBe(true);
  });
});
