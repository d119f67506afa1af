/**
 * runSearch (src/scripts/search-engine.ts) against a fake Pagefind (tests/support/fake-pagefind.ts):
 * spellings, phrase-first under every spelling, title above body, quotes, sorting and filters.
 */
import { describe, expect, it } from 'vitest';
import { runSearch, type SearchOutcome } from '../../src/scripts/search-engine.ts';
import { fakePagefind, fakeSortRanks, type FakePage } from '../support/fake-pagefind.ts';

const PAGES: FakePage[] = [
  {
    url: '/scattered/',
    title: 'Đời sống mới ở bản',
    body: 'đời sống của bà con đã đổi khác, mới có đường, mới có điện, mới có trường học',
    date: '2024-01-01',
    views: 10,
    filters: { category: 'a' },
  },
  {
    url: '/phrase-body/',
    title: 'Hội nghị tổng kết năm',
    body: 'Hội nghị bàn về đổi mới phương thức hỗ trợ đồng bào trong năm tới',
    date: '2023-01-01',
    views: 300,
    filters: { category: 'b' },
  },
  {
    url: '/phrase-title/',
    title: 'Đổi mới phương thức hỗ trợ đồng bào',
    body: 'Bài viết nói về cách làm mới ở địa phương',
    date: '2022-01-01',
    views: 5000,
    filters: { category: 'a' },
  },
  {
    url: '/d-only/',
    title: 'Doi moi la ten mot con suoi',
    body: 'ten dia danh viet khong dau',
    date: '2025-01-01',
    views: 400,
    filters: { category: 'b' },
  },
];

/** The sort file is fetched only for a sort: relevance searches fail if they ask for it. */
const noRanks = () => Promise.reject(new Error('a relevance search must not load the sort file'));
const ranks = async () => fakeSortRanks(PAGES);

async function urls(outcome: SearchOutcome, limit = 100): Promise<string[]> {
  const found: string[] = [];
  for (
    let next = await outcome.results.next();
    !next.done && found.length < limit;
    next = await outcome.results.next()
  )
    found.push((await next.value.result.data()).url);
  return found;
}

describe('runSearch', () => {
  it('"doi moi" finds "Đổi mới" (đ/d spellings) and puts the phrase first, title matches above body', async () => {
    const pagefind = fakePagefind(PAGES);
    const outcome = await runSearch(pagefind, 'doi moi', {}, 'relevance', noRanks);
    expect(outcome.phraseLength).toBe(2);
    const found = await urls(outcome);
    // Both spellings have the phrase: "Đổi mới" in a title, "Doi moi" in a title, "đổi mới" in a body.
    expect(found.slice(0, 3).sort()).toEqual(['/d-only/', '/phrase-body/', '/phrase-title/']);
    expect(found.indexOf('/phrase-title/')).toBeLessThan(found.indexOf('/phrase-body/'));
    expect(found.at(-1)).toBe('/scattered/');
    // Pagefind itself ranks the scattered page first: without our order the test fails.
    expect((await (await pagefind.search('đoi moi')).results[0]!.data()).url).toBe('/scattered/');
    expect(pagefind.queries).toContain('đoi moi');
  });

  it('among title matches, a title holding the phrase comes before a title holding its syllables apart', async () => {
    const pages: FakePage[] = [
      {
        url: '/syllables-apart-in-title/',
        title: 'Xã hội bàn nghị quyết',
        body: 'Hội nghị hội nghị hội nghị',
      },
      {
        url: '/phrase-in-title/',
        title: 'Hội nghị tổng kết năm nay ở xã',
        body: 'bài viết dài về nhiều việc khác nhau của địa phương trong năm',
      },
      { url: '/phrase-in-body/', title: 'Tổng kết năm', body: 'hội nghị tổng kết' },
    ];
    const pagefind = fakePagefind(pages);
    // Pagefind matches both titles (word by word) and scores the first page higher.
    expect((await (await pagefind.search('hoi nghi')).results[0]!.data()).url).toBe(
      '/syllables-apart-in-title/',
    );
    const found = await urls(await runSearch(pagefind, 'hoi nghi', {}, 'relevance', noRanks));
    expect(found).toEqual(['/phrase-in-title/', '/syllables-apart-in-title/', '/phrase-in-body/']);
  });

  it('gives each phrase result the positions of the phrase for its excerpt', async () => {
    const outcome = await runSearch(fakePagefind(PAGES), 'doi moi', {}, 'relevance', noRanks);
    for (let next = await outcome.results.next(); !next.done; next = await outcome.results.next()) {
      const { words, phrase, result } = next.value;
      const content = (await result.data()).content.split(/\s+/);
      if (!phrase) continue;
      const start = words.find((w) => words.includes(w + 1))!;
      expect(`${content[start]} ${content[start + 1]}`.toLowerCase()).toMatch(/^(đổi|doi) (mới|moi)/);
    }
  });

  it('a syllable typed with marks keeps its d; đ typed stays đ', async () => {
    const pagefind = fakePagefind(PAGES);
    await runSearch(pagefind, 'Đổi mới', {}, 'relevance', noRanks);
    expect(pagefind.queries.some((q) => q.startsWith('doi') || q.startsWith('Doi'))).toBe(false);
    expect(
      await urls(await runSearch(fakePagefind(PAGES), 'Đổi mới', {}, 'relevance', noRanks)),
    ).not.toContain('/d-only/');
  });

  it('means no results when one syllable occurs nowhere (Pagefind alone would drop it)', async () => {
    const outcome = await runSearch(fakePagefind(PAGES), 'xyzqwv hội nghị', {}, 'relevance', noRanks);
    expect(outcome.total).toBe(0);
    expect(await urls(outcome)).toEqual([]);
  });

  it('a quoted query keeps only the phrase', async () => {
    const found = await urls(await runSearch(fakePagefind(PAGES), '“đổi mới”', {}, 'relevance', noRanks));
    expect(found.sort()).toEqual(['/phrase-body/', '/phrase-title/']);
  });

  it('sorts by date (the build’s sort file), all spellings’ pages together', async () => {
    const outcome = await runSearch(fakePagefind(PAGES), 'doi moi', {}, 'newest', ranks);
    expect(await urls(outcome)).toEqual(['/d-only/', '/scattered/', '/phrase-body/', '/phrase-title/']);
    expect(outcome.total).toBe(4);
  });

  it('sorts by views, and a quoted query sorted keeps only the phrase', async () => {
    const byViews = await runSearch(fakePagefind(PAGES), 'doi moi', {}, 'views', ranks);
    expect(await urls(byViews)).toEqual(['/phrase-title/', '/d-only/', '/phrase-body/', '/scattered/']);
    const quoted = await runSearch(fakePagefind(PAGES), '"đổi mới"', {}, 'views', ranks);
    expect(await urls(quoted)).toEqual(['/phrase-title/', '/phrase-body/']);
  });

  it('applies filters, and with filters only lists the matching pages newest first', async () => {
    expect(
      await urls(await runSearch(fakePagefind(PAGES), 'doi moi', { category: 'a' }, 'relevance', noRanks)),
    ).toEqual(['/phrase-title/', '/scattered/']);
    expect(
      await urls(await runSearch(fakePagefind(PAGES), '', { category: 'b' }, 'relevance', ranks)),
    ).toEqual(['/d-only/', '/phrase-body/']);
    expect((await runSearch(fakePagefind(PAGES), '  ', {}, 'relevance', noRanks)).total).toBe(0);
  });
});
