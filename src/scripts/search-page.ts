/**
 * The search page in the browser: the <cema-search> element holds the page's state (the request
 * read from the URL, the outcome, how many results are shown), loads Pagefind (only here) and
 * renders results ten at a time from the page's <template>. Submitting the form is an ordinary GET
 * navigation, so every search is a URL that can be shared, bookmarked and reached again with the
 * back button.
 */
import { ui } from '../i18n/vi.ts';
import { formatCount } from '../lib/format.ts';
import { buildExcerpt, wordCount } from '../lib/search/excerpt.ts';
import { SEARCH_ELEMENT, SEARCH_IDS } from '../lib/search/page-ids.ts';
import {
  activeChoices,
  pagefindFilters,
  readSearchParams,
  SEARCH_PARAMS,
  sortParam,
  type SearchRequest,
} from '../lib/search/params.ts';
import {
  decodeSortRanks,
  SORT_RANKS_FILE,
  type SortRanks,
  type SortRanksFile,
} from '../lib/search/sort-ranks.ts';
import { SEARCH_PATH, searchPath } from '../lib/urls.ts';
import { runSearch, type Pagefind, type SearchHit, type SearchOutcome } from './search-engine.ts';

const PAGE_SIZE = 10;
const EXCERPT_WORDS = 30;
/** Wide enough for the filters' four columns: there they start open. */
const WIDE = '(min-width: 48rem)';
const PAGEFIND_URL = '/pagefind/pagefind.js';
const SORT_RANKS_URL = `/pagefind/${SORT_RANKS_FILE}`;

let pagefindLoad: Promise<Pagefind> | undefined;
let sortRanksLoad: Promise<SortRanks> | undefined;

/** The build's sort file, only when the reader sorts by date or views (see sort-ranks.ts). */
function loadSortRanks(): Promise<SortRanks> {
  sortRanksLoad ??= (async () => {
    const response = await fetch(new URL(SORT_RANKS_URL, location.href));
    if (!response.ok) throw new Error(`${SORT_RANKS_URL}: HTTP ${response.status}`);
    return decodeSortRanks((await response.json()) as SortRanksFile);
  })();
  return sortRanksLoad;
}

/** Pagefind's bundle, imported and initialised once (on a search, or early as a prefetch). */
function loadPagefind(): Promise<Pagefind> {
  pagefindLoad ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ new URL(PAGEFIND_URL, location.href).href)) as Pagefind;
    await pagefind.init();
    return pagefind;
  })();
  return pagefindLoad;
}

class SearchPage extends HTMLElement {
  #request: SearchRequest = readSearchParams(new URLSearchParams());
  #outcome: SearchOutcome | undefined;
  #shown = 0;

  #part<T extends HTMLElement>(id: string): T {
    const element = this.querySelector<T>(`#${id}`);
    if (!element) throw new Error(`search page: #${id} missing`);
    return element;
  }

  connectedCallback(): void {
    this.#request = readSearchParams(new URL(location.href).searchParams);
    this.#fillForm();
    this.#part(SEARCH_IDS.more).addEventListener('click', () => void this.#showMoreAndFocus());
    this.#part(SEARCH_IDS.results).hidden = false;
    void this.#search();
  }

  #fillForm(): void {
    const { query, filters, sort } = this.#request;
    for (const id of [SEARCH_IDS.query, SEARCH_IDS.headerQuery]) {
      const box = document.getElementById(id);
      if (box instanceof HTMLInputElement) box.value = query;
    }
    this.#select(SEARCH_IDS.category, filters.category);
    this.#select(SEARCH_IDS.year, filters.year);
    this.#select(SEARCH_IDS.source, filters.source);
    this.#select(SEARCH_IDS.sort, sortParam(sort));
    const active = activeChoices(this.#request);
    this.#part(SEARCH_IDS.filtersSummary).textContent = ui.search.filtersSummary(active);
    // Phones keep the filters collapsed so the results are on the first screen.
    this.#part<HTMLDetailsElement>(SEARCH_IDS.filters).open = matchMedia(WIDE).matches;
  }

  #select(id: string, value: string | undefined): void {
    const field = this.#part<HTMLSelectElement>(id);
    field.value = value && [...field.options].some((o) => o.value === value) ? value : '';
  }

  #status(text: string): void {
    this.#part(SEARCH_IDS.status).textContent = text;
  }

  async #search(): Promise<void> {
    const { query: raw } = this.#request;
    const query = raw.trim();
    const filters = pagefindFilters(this.#request);
    const hasFilters = Object.keys(filters).length > 0;
    if (!query && !hasFilters) {
      this.#status(ui.search.prompt);
      this.#prefetchWhenIdle();
      return;
    }
    if (query) document.title = `${ui.search.titleWithQuery(query)} | ${ui.site.shortName}`;
    this.#status(ui.search.loading);
    // Marks for the benchmark (bench/search.ts): from this script's start to results shown.
    performance.mark('search:start');
    const results = this.#part(SEARCH_IDS.results);
    results.setAttribute('aria-busy', 'true');
    try {
      const pagefind = await loadPagefind();
      performance.mark('search:pagefind');
      this.#outcome = await runSearch(pagefind, raw, filters, this.#request.sort, loadSortRanks);
      performance.mark('search:ranked');
      if (this.#outcome.total === 0) {
        this.#showNone(query, hasFilters);
      } else {
        await this.#showMore();
        // Announced once the first results are on the page (role="status", aria-live).
        this.#status(ui.search.found(formatCount(this.#outcome.total), query));
      }
      performance.mark('search:results');
    } catch (error) {
      console.error(error);
      this.#status(ui.search.error);
      this.#part(SEARCH_IDS.empty).hidden = false;
    } finally {
      results.removeAttribute('aria-busy');
    }
  }

  /** No query yet: fetch Pagefind while the reader types, so the first search starts warm. */
  #prefetchWhenIdle(): void {
    const start = () => void loadPagefind().catch(() => (pagefindLoad = undefined));
    this.#part(SEARCH_IDS.query).addEventListener('focus', start, { once: true });
    if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 3000 });
  }

  #showNone(query: string, hasFilters: boolean): void {
    this.#status(ui.search.none(query));
    this.#part(SEARCH_IDS.empty).hidden = false;
    if (!hasFilters) return;
    const clear = this.#part(SEARCH_IDS.clear);
    clear.hidden = false;
    clear.querySelector('a')!.href = query ? searchPath({ [SEARCH_PARAMS.query]: query }) : SEARCH_PATH;
  }

  async #showMore(): Promise<void> {
    const outcome = this.#outcome!;
    const more = this.#part<HTMLButtonElement>(SEARCH_IDS.more);
    more.disabled = true;
    const batch: Promise<HTMLLIElement>[] = [];
    while (batch.length < PAGE_SIZE) {
      const next = await outcome.results.next();
      if (next.done) break;
      batch.push(this.#render(next.value, outcome.phraseLength));
    }
    this.#part(SEARCH_IDS.list).append(...(await Promise.all(batch)));
    this.#shown += batch.length;
    this.#part(SEARCH_IDS.count).textContent = ui.search.showing(
      formatCount(this.#shown),
      formatCount(outcome.total),
    );
    more.hidden = this.#shown >= outcome.total;
    more.disabled = false;
  }

  async #showMoreAndFocus(): Promise<void> {
    const firstNew = this.#shown;
    await this.#showMore();
    // Keyboard and screen reader users continue at the first new result.
    this.#part(SEARCH_IDS.list).children[firstNew]?.querySelector('a')?.focus();
  }

  #clone<T extends Element>(templateId: string): T {
    const template = this.#part<HTMLTemplateElement>(templateId);
    return template.content.firstElementChild!.cloneNode(true) as T;
  }

  async #render(hit: SearchHit, phraseLength: number): Promise<HTMLLIElement> {
    const data = await hit.result.data();
    const item = this.#clone<HTMLLIElement>(SEARCH_IDS.resultTemplate);
    const link = item.querySelector('a')!;
    link.href = data.url;
    link.textContent = data.meta.title ?? data.url;
    const category = item.querySelector<HTMLElement>('.search-result__category')!;
    const time = item.querySelector('time')!;
    if (data.meta.datetime) time.dateTime = data.meta.datetime;
    else time.removeAttribute('datetime');
    time.textContent = data.meta.date ?? '';
    category.textContent = `${data.meta.category ?? ''} · `;
    // Only the two parts, without the template's formatting whitespace.
    item
      .querySelector('.search-result__meta')!
      .replaceChildren(...(data.meta.category ? [category] : []), time);
    const excerpt = item.querySelector('.search-result__excerpt')!;
    const parts = buildExcerpt(data.content, hit.words, {
      phraseLength,
      length: EXCERPT_WORDS,
      titleWords: wordCount(data.meta.title ?? ''),
    });
    for (const part of parts) {
      if (!part.mark) {
        excerpt.append(part.text);
        continue;
      }
      const mark = this.#clone<HTMLElement>(SEARCH_IDS.markTemplate);
      mark.textContent = part.text;
      excerpt.append(mark);
    }
    const image = item.querySelector('img')!;
    if (data.meta.image) {
      image.src = data.meta.image;
      image.alt = data.meta.image_alt ?? '';
      image.hidden = false;
    } else {
      image.remove();
    }
    return item;
  }
}

customElements.define(SEARCH_ELEMENT, SearchPage);
