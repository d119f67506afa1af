/**
 * The search page in the browser: reads ?q= and the filters from the URL, loads Pagefind (only
 * here), shows results ten at a time. Submitting the form is an ordinary GET navigation, so every
 * search is a URL that can be shared, bookmarked and reached again with the back button.
 */
import { ui } from '../i18n/vi.ts';
import { formatCount } from '../lib/format.ts';
import { pagefindFilters, readSearchParams, SEARCH_PARAMS } from '../lib/search/params.ts';
import { SEARCH_PATH } from '../lib/urls.ts';
import { runSearch, type Pagefind, type PagefindResult } from './search-engine.ts';

const PAGE_SIZE = 10;

function setField(id: string, value: string | undefined) {
  const field = document.getElementById(id) as HTMLInputElement | HTMLSelectElement | null;
  if (!field) return;
  if (field instanceof HTMLSelectElement && value && ![...field.options].some((o) => o.value === value))
    return;
  field.value = value ?? '';
}

/** Pagefind's excerpt is HTML with <mark>; keep only text and marks. */
function excerptNodes(excerpt: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = excerpt;
  const nodes: Node[] = [];
  for (const node of template.content.childNodes) {
    if (node.nodeType === Node.ELEMENT_NODE && (node as Element).tagName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      nodes.push(mark);
    } else {
      nodes.push(document.createTextNode(node.textContent ?? ''));
    }
  }
  return nodes;
}

async function renderResult(result: PagefindResult): Promise<HTMLLIElement> {
  const data = await result.data();
  const item = document.createElement('li');
  item.className = 'search-result';
  const heading = document.createElement('h3');
  heading.className = 'search-result__title';
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'search-result__meta';
  if (data.meta.category) {
    const category = document.createElement('span');
    category.textContent = data.meta.category;
    meta.append(category, ' · ');
  }
  const time = document.createElement('time');
  if (data.meta.datetime) time.dateTime = data.meta.datetime;
  time.textContent = data.meta.date ?? '';
  meta.append(time);
  const excerpt = document.createElement('p');
  excerpt.className = 'search-result__excerpt';
  excerpt.append(...excerptNodes(data.excerpt));
  item.append(heading, meta, excerpt);
  if (data.meta.image) {
    const img = document.createElement('img');
    img.src = data.meta.image;
    img.alt = data.meta.image_alt ?? '';
    img.width = 144;
    img.height = 96;
    img.loading = 'lazy';
    img.className = 'search-result__image';
    item.prepend(img);
  }
  return item;
}

export async function startSearchPage(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-search-root]');
  if (!root) return;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-list]')!;
  const count = root.querySelector<HTMLElement>('[data-search-count]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const empty = root.querySelector<HTMLElement>('[data-search-empty]')!;
  const clear = root.querySelector<HTMLElement>('[data-search-clear]')!;

  const request = readSearchParams(new URL(location.href).searchParams);
  setField('search-q', request.query);
  setField('search-category', request.filters.category);
  setField('search-year', request.filters.year);
  setField('search-source', request.filters.source);
  const sortParam = new URL(location.href).searchParams.get(SEARCH_PARAMS.sort) ?? '';
  setField('search-sort', sortParam);
  root.hidden = false;

  const filters = pagefindFilters(request);
  const hasFilters = Object.keys(filters).length > 0;
  if (!request.query.trim() && !hasFilters) {
    status.textContent = ui.search.prompt;
    return;
  }
  if (request.query.trim())
    document.title = `${ui.search.titleWithQuery(request.query.trim())} | ${ui.site.shortName}`;
  status.textContent = ui.search.loading;
  // Marks for the benchmark (scripts/bench-search.ts): from this script's start to results shown.
  performance.mark('search:start');
  root.setAttribute('aria-busy', 'true');

  try {
    const bundle = new URL('/pagefind/pagefind.js', location.href).href;
    const pagefind = (await import(/* @vite-ignore */ bundle)) as Pagefind;
    await pagefind.init();
    const outcome = await runSearch(pagefind, request.query, filters, request.sort);
    const query = request.query.trim();
    if (outcome.total === 0) {
      status.textContent = ui.search.none(query);
      performance.mark('search:results');
      empty.hidden = false;
      if (hasFilters) {
        clear.hidden = false;
        clear.querySelector('a')!.href =
          `${SEARCH_PATH}?${new URLSearchParams({ [SEARCH_PARAMS.query]: query })}`;
      }
      return;
    }
    status.textContent = ui.search.found(formatCount(outcome.total), query);
    let shown = 0;
    const showMore = async () => {
      more.disabled = true;
      const batch: Promise<HTMLLIElement>[] = [];
      while (batch.length < PAGE_SIZE) {
        const next = await outcome.results.next();
        if (next.done) break;
        batch.push(renderResult(next.value));
      }
      list.append(...(await Promise.all(batch)));
      shown += batch.length;
      count.textContent = ui.search.showing(formatCount(shown), formatCount(outcome.total));
      more.hidden = shown >= outcome.total;
      more.disabled = false;
    };
    more.addEventListener('click', async () => {
      const firstNew = shown;
      await showMore();
      // Keyboard and screen reader users continue at the first new result.
      list.children[firstNew]?.querySelector('a')?.focus();
    });
    await showMore();
    performance.mark('search:results');
  } catch (error) {
    console.error(error);
    status.textContent = ui.search.error;
    empty.hidden = false;
  } finally {
    root.removeAttribute('aria-busy');
  }
}
