import { describe, expect, it } from 'vitest';
import { interactivity, quietWindowStart } from './interactive';

describe('time to interactive and total blocking time', () => {
  it('is first contentful paint when nothing blocks or loads after it', () => {
    expect(interactivity(1000, 7000, [], [])).toEqual({ timeToInteractive: 1000, totalBlockingTime: 0 });
  });

  it('ends with the last long task before five quiet seconds, and counts each task beyond 50 ms', () => {
    const tasks = [
      { start: 1200, end: 1400 },
      { start: 3000, end: 3080 },
    ];
    expect(interactivity(1000, 9000, tasks, [])).toEqual({ timeToInteractive: 3080, totalBlockingTime: 150 + 30 });
  });

  it('waits for the network to calm down to two requests in flight', () => {
    const requests = [
      { start: 0, end: 4000 },
      { start: 0, end: 4000 },
      { start: 500, end: 4000 },
    ];
    expect(quietWindowStart(1000, 10_000, [], requests)).toBe(4000);
    expect(quietWindowStart(1000, 8000, [], requests)).toBeNull();
  });

  it('is not yet known while the recording holds no quiet window', () => {
    expect(interactivity(1000, 5500, [{ start: 2000, end: 2100 }], [])).toBeNull();
  });
});
