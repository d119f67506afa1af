/**
 * "Tin khác đã đăng": articles of the same category nearest in date to the current one.
 * The category's list is sorted once per build; each article then costs O(log n + k),
 * so 10,000 articles never make the build quadratic.
 */

export interface Dated {
  id: string;
  time: number;
}

/** Index of the first element whose time is <= `time` in a list sorted newest first. */
function firstNotNewer(sortedNewestFirst: readonly Dated[], time: number): number {
  let lo = 0;
  let hi = sortedNewestFirst.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sortedNewestFirst[mid]!.time > time) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Picks up to `count` items nearest in time to `current` (excluding it), alternating between
 * older and newer neighbours by distance. Ties go to the older article (already read context).
 * Result is ordered newest first, as readers expect a list of news.
 */
export function nearestInTime<T extends Dated>(
  sortedNewestFirst: readonly T[],
  current: Dated,
  count: number,
): T[] {
  const start = firstNotNewer(sortedNewestFirst, current.time);
  let newer = start - 1; // walks towards index 0 (newer)
  let older = start; // walks towards the end (older)
  const picked: T[] = [];
  while (picked.length < count && (newer >= 0 || older < sortedNewestFirst.length)) {
    const candidateOlder = sortedNewestFirst[older];
    if (candidateOlder && candidateOlder.id === current.id) {
      older++;
      continue;
    }
    const candidateNewer = sortedNewestFirst[newer];
    if (candidateNewer && candidateNewer.id === current.id) {
      newer--;
      continue;
    }
    const olderGap = candidateOlder ? current.time - candidateOlder.time : Infinity;
    const newerGap = candidateNewer ? candidateNewer.time - current.time : Infinity;
    if (olderGap <= newerGap) {
      picked.push(candidateOlder!);
      older++;
    } else {
      picked.push(candidateNewer!);
      newer--;
    }
  }
  return picked.sort((a, b) => b.time - a.time);
}
