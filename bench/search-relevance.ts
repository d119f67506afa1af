/**
 * Relevance of the search page (issue 15) on the benchmark's built corpus: the 10,000 generated
 * articles plus the hand-written ones in bench/search-relevance/ (built by bench/search.ts):
 *
 *   node bench/search-relevance.ts [--count 10000]
 *
 * Queries are typed the way readers type: without marks, in capitals, decomposed (NFD), with the
 * old tone placement. Each is run on /tim-kiem/ in headless Chromium; the first ten results are
 * judged against the built pages' indexed text, independently of the search code: a page is
 * relevant when the query's syllables stand together in it under a spelling the query stands for
 * (marks ignored; a syllable typed without marks may be d or đ). Queries with a known answer (a
 * hand-written article) count precision@1 only when that article comes first.
 *
 * Prints precision@1, precision@10, whether every phrase page comes before every other page in
 * the first ten (phrase-first), whether pages with the phrase in the title come first among them,
 * and whether the first excerpt highlights the whole phrase. Figures, not assertions.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';
import { launchBrowser } from '../tests/support/browser.ts';
import { SEARCH_IDS } from '../src/lib/search/page-ids.ts';
import { startBenchServer } from './lib/search-server.ts';

const root = path.resolve(import.meta.dirname, '..');

export interface RelevanceQuery {
  q: string;
  /** How a reader typed it. */
  typed: string;
  /** The hand-written article that must come first. */
  answer?: string;
}

const NFD = (text: string) => text.normalize('NFD');

export const RELEVANCE_QUERIES: RelevanceQuery[] = [
  { q: 'hoi nghi', typed: 'no marks' },
  { q: 'HỘI NGHỊ', typed: 'capitals' },
  { q: 'doi moi', typed: 'no marks, đ as d' },
  { q: 'dan toc thieu so', typed: 'no marks, 4 syllables' },
  { q: NFD('dân tộc thiểu số'), typed: 'NFD' },
  { q: 'Uỷ ban Dân tộc', typed: 'old tone placement' },
  { q: 'nguoi co uy tin', typed: 'no marks' },
  { q: 'nuoc sinh hoat', typed: 'no marks' },
  { q: 'Doan cong tac', typed: 'no marks, capital, đ as d' },
  { q: 'ho ngheo', typed: 'no marks' },
  { q: 'chương trình 135', typed: 'with marks and a number' },
  { q: 'Huế', typed: 'one word' },
  { q: 'ro cham ot', typed: 'name, no marks', answer: '/tin-tuc/gia-lang-ro-cham-ot-giu-rung-thieng/' },
  { q: 'Rơ Châm Ớt', typed: 'name with marks', answer: '/tin-tuc/gia-lang-ro-cham-ot-giu-rung-thieng/' },
  { q: 'rung thieng', typed: 'no marks', answer: '/tin-tuc/gia-lang-ro-cham-ot-giu-rung-thieng/' },
  { q: 'ban de cho', typed: 'no marks, đ as d', answer: '/tin-tuc/duong-dien-ve-ban-de-cho/' },
  { q: 'gau tao', typed: 'no marks', answer: '/tin-tuc/le-hoi-gau-tao-o-hoang-su-phi/' },
  { q: NFD('Gầu Tào'), typed: 'NFD', answer: '/tin-tuc/le-hoi-gau-tao-o-hoang-su-phi/' },
  {
    q: 'thủy lợi Hòa Sơn',
    typed: 'new tone placement (text has the old)',
    answer: '/tin-tuc/cong-trinh-thuy-loi-hoa-son/',
  },
  { q: 'sam day', typed: 'no marks', answer: '/tin-tuc/hop-tac-xa-duoc-lieu-dak-glei/' },
  { q: 'dak glei', typed: 'no marks, đ as d', answer: '/tin-tuc/hop-tac-xa-duoc-lieu-dak-glei/' },
];

/** Syllables of a query, as the reader typed them (NFC). */
const syllablesOf = (q: string) => q.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
const stripMarks = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Whether a word of the text is the syllable under a spelling the syllable stands for. */
function sameSyllable(word: string, syllable: string): boolean {
  const typedPlain = /^[\x00-\x7f]+$/.test(syllable);
  const w = stripMarks(word);
  const s = stripMarks(syllable);
  return typedPlain ? w.replace(/đ/g, 'd') === s : w === s;
}

/** Whether the syllables stand together, in order, among the words of a text. */
export function hasPhrase(text: string, syllables: readonly string[]): boolean {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  for (let i = 0; i + syllables.length <= words.length; i++)
    if (syllables.every((s, k) => sameSyllable(words[i + k]!, s))) return true;
  return false;
}

/** Removes what the index leaves out (src/integrations/pagefind.ts): data-pagefind-ignore, placeholders. */
function dropIgnored(node: Element | Root) {
  node.children = node.children.filter(
    (child) =>
      child.type !== 'element' ||
      (child.properties.dataPagefindIgnore === undefined &&
        !String(child.properties.className ?? '').includes('figure__missing')),
  );
  for (const child of node.children) if (child.type === 'element') dropIgnored(child);
}

const pageText = new Map<string, { title: string; text: string }>();
/** The text Pagefind indexes on a built page (its body minus the ignored parts). */
function indexedText(dist: string, url: string) {
  let found = pageText.get(url);
  if (found) return found;
  const tree = fromHtml(readFileSync(path.join(dist, url, 'index.html'), 'utf8'));
  const body = select('[data-pagefind-body]', tree)!;
  dropIgnored(body);
  found = { title: toText(select('h1', body)!), text: toText(body) };
  pageText.set(url, found);
  return found;
}

async function main() {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' } } });
  const dist = path.join(root, `.bench/search-dist-${values.count}`);
  const server = await startBenchServer(dist, { compress: true, cache: true });
  const browser = await launchBrowser();
  const rows: string[] = [];
  let p1 = 0;
  let p10 = 0;
  let phraseFirst = 0;
  let titleFirst = 0;
  let excerpts = 0;
  try {
    const page = await browser.newPage();
    for (const query of RELEVANCE_QUERIES) {
      await page.goto(new URL(`tim-kiem/?q=${encodeURIComponent(query.q)}`, server.url).href);
      await page.waitForFunction(() => performance.getEntriesByName('search:results').length > 0, null, {
        timeout: 180_000,
      });
      const shown = await page.locator('.search-result').evaluateAll((items) =>
        items.slice(0, 10).map((item) => ({
          url: item.querySelector('a')!.getAttribute('href')!,
          marks: [...item.querySelectorAll('mark')].map((m) => m.textContent ?? ''),
        })),
      );
      const status = (await page.locator(`#${SEARCH_IDS.status}`).textContent()) ?? '';
      const syllables = syllablesOf(query.q);
      const judged = shown.map((r) => {
        const { title, text } = indexedText(dist, r.url);
        return { ...r, relevant: hasPhrase(text, syllables), inTitle: hasPhrase(title, syllables) };
      });
      const first = judged[0];
      const hit1 = query.answer ? first?.url === query.answer : Boolean(first?.relevant);
      const relevantCount = judged.filter((r) => r.relevant).length;
      const firstIrrelevant = judged.findIndex((r) => !r.relevant);
      const ordered = firstIrrelevant === -1 || judged.slice(firstIrrelevant).every((r) => !r.relevant);
      const phraseGroup = judged.filter((r) => r.relevant);
      const firstBody = phraseGroup.findIndex((r) => !r.inTitle);
      const titlesFirst = firstBody === -1 || phraseGroup.slice(firstBody).every((r) => !r.inTitle);
      const excerptShows = Boolean(
        first?.marks.some((m) => hasPhrase(m, syllables) && syllablesOf(m).length === syllables.length),
      );
      p1 += Number(hit1);
      p10 += relevantCount / Math.max(1, judged.length);
      phraseFirst += Number(ordered);
      titleFirst += Number(titlesFirst);
      excerpts += Number(excerptShows);
      rows.push(
        `| ${JSON.stringify(query.q)}${query.q !== query.q.normalize('NFC') ? ' (NFD)' : ''} | ${query.typed} | ${status.replace(/^Tìm thấy ([\d.]+).*/, '$1')} | ${hit1 ? '✓' : '✗'} ${first?.url ?? '—'} | ${relevantCount}/${judged.length} | ${ordered ? '✓' : '✗'} | ${titlesFirst ? '✓' : '✗'} | ${excerptShows ? '✓' : '✗'} ${first?.marks.join(' · ') ?? ''} |`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const n = RELEVANCE_QUERIES.length;
  console.log(
    [
      `## Search relevance, ${values.count} generated articles + hand-written (${new Date().toISOString()})`,
      '',
      '| query | typed | results | first result (answer or phrase) | phrase pages in first 10 | phrase first | phrase-in-title first | first excerpt highlights the phrase |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
      '',
      `precision@1 ${(p1 / n).toFixed(2)} · precision@10 ${(p10 / n).toFixed(2)} · phrase-first ${phraseFirst}/${n} · phrase-in-title first ${titleFirst}/${n} · first excerpt shows the phrase ${excerpts}/${n}`,
    ].join('\n'),
  );
}

if (import.meta.main) await main();
