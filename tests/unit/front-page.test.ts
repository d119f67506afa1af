import { describe, expect, it } from 'vitest';
import { frontPage } from '../../src/lib/front-page.ts';

const story = (id: string, featured = false) => ({ id, featured });
const ids = (list: { id: string }[]) => list.map((a) => a.id);

describe('front page slots', () => {
  it('leads with the newest featured story, then other featured ones, then the newest', () => {
    const articles = [story('a'), story('b', true), story('c'), story('d', true), story('e'), story('f')];
    const page = frontPage(articles, { cards: 3, latest: 2 });
    expect(page.lead?.id).toBe('b');
    expect(ids(page.cards)).toEqual(['d', 'a', 'c']);
    expect(ids(page.latest)).toEqual(['e', 'f']);
  });

  it('leads with the newest story when none is featured; shows each story once', () => {
    const articles = ['a', 'b', 'c', 'd', 'e'].map((id) => story(id));
    const page = frontPage(articles, { cards: 2, latest: 5 });
    expect(page.lead?.id).toBe('a');
    expect(ids(page.cards)).toEqual(['b', 'c']);
    expect(ids(page.latest)).toEqual(['d', 'e']);
  });

  it('copes with an empty site and with fewer stories than slots', () => {
    expect(frontPage([], { cards: 4, latest: 4 })).toEqual({ lead: undefined, cards: [], latest: [] });
    const page = frontPage([story('a', true)], { cards: 4, latest: 4 });
    expect(page.lead?.id).toBe('a');
    expect(page.cards).toEqual([]);
  });

  it('stops reading once every slot is filled (large sites)', () => {
    let read = 0;
    const many = Array.from({ length: 50_000 }, (_, i) => story(String(i), i % 7 === 0));
    const counted = new Proxy(many, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) read++;
        return Reflect.get(target, key, receiver);
      },
    });
    frontPage(counted, { cards: 6, latest: 8 });
    expect(read).toBeLessThan(100);
  });
});
