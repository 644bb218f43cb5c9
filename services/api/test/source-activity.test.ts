import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ACTIVITY_HOURS, perHourBySource, sourceActivity } from '../src/operations/source-activity.ts';

const HOUR = 3600_000;
const hours = (last: number[]) => [...new Array<number>(ACTIVITY_HOURS - last.length).fill(0), ...last];

describe('source activity and NewsflowSourceSilent', () => {
  it('counts arrivals per source and hour, oldest first, over the last 24 h', () => {
    const end = Date.UTC(2026, 0, 2, 12);
    const counts = perHourBySource(
      [
        { source: 'a', firstSeenAt: new Date(end - 1) },
        { source: 'a', firstSeenAt: new Date(end - HOUR + 1) },
        { source: 'a', firstSeenAt: new Date(end - 24 * HOUR) },
        { source: 'b', firstSeenAt: new Date(end - 25 * HOUR) },
        { source: 'b', firstSeenAt: new Date(end) },
      ],
      end,
    );
    assert.deepEqual(counts.get('a'), [1, ...new Array(22).fill(0), 2]);
    assert.equal(counts.get('b'), undefined);
  });

  it('fires when the last 3 h brought nothing and the same hours yesterday brought at least 3', () => {
    const activity = sourceActivity(hours([5, 0, 0, 0]), hours([2, 1, 1]), hours([]));
    assert.equal(activity.silent, true);
    assert.equal(activity.usual, 4);
    assert.equal(activity.recent, 0);
  });

  it('compares with a week before when yesterday was quiet (the busier of the two)', () => {
    assert.equal(sourceActivity(hours([0, 0, 0]), hours([]), hours([3, 0, 0])).silent, true);
  });

  it('stays quiet when one article arrived, or when the source is usually slower', () => {
    assert.equal(sourceActivity(hours([0, 1, 0]), hours([4, 4, 4]), hours([])).silent, false);
    assert.equal(sourceActivity(hours([0, 0, 0]), hours([1, 0, 1]), hours([0, 2, 0])).silent, false);
  });

  it('gives the usual level per hour as the mean of a day and a week before', () => {
    assert.deepEqual(sourceActivity(hours([]), hours([2]), hours([4])).usualPerHour.slice(-1), [3]);
  });
});
