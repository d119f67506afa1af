// The problems a view-count parser reports, for the views/* unit tests.
import { expect } from 'vitest';
import { ViewsSourceError } from '../../src/lib/views/parse.ts';

/** The problems listed by the ViewsSourceError that `fn` throws (fails when it throws nothing else). */
export function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ViewsSourceError);
    return (error as ViewsSourceError).problems;
  }
  throw new Error('expected a ViewsSourceError');
}
