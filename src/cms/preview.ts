/**
 * The editor's preview pane for an article: the order and Vietnamese wording of the article page
 * (category, title, "Thứ Ba, 02/12/2026 | 03:36 (GMT+7)", lede, cover, body, tags), so staff
 * check what readers will see. The site's own rendering is `npm run cms`'s live preview.
 */
import type { PreviewTemplateComponentProps } from 'decap-cms-core';
import { createElement as h, type ReactNode } from 'react';
import { formatLongDate, parseContentDate } from '../lib/dates.ts';
import { ui } from '../i18n/vi.ts';

/** Typography close to the site's article page, inside the preview iframe. */
export const PREVIEW_CSS = `
body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif; color: #1a1a1a; line-height: 1.6; margin: 0; }
.preview { max-width: 42rem; margin: 0 auto; padding: 1.5rem; }
.preview__category { color: #0b4a82; font-weight: 700; text-transform: uppercase; font-size: .85rem; margin: 0; }
.preview__draft { display: inline-block; background: #8a1c1c; color: #fff; padding: 0 .5rem; font-weight: 700; font-size: .8rem; }
.preview h1 { font-size: 1.75rem; line-height: 1.25; margin: .25rem 0 .5rem; }
.preview__date { color: #555; font-size: .9rem; margin: 0 0 1rem; }
.preview__lede { font-weight: 700; }
.preview img { max-width: 100%; height: auto; display: block; }
.preview p > em:only-child { display: block; color: #444; font-size: .9rem; margin-top: -.5rem; }
.preview__tags { border-top: 1px solid #ddd; padding-top: .5rem; font-size: .9rem; }
`;

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function dateLine(value: unknown): string {
  try {
    return formatLongDate(parseContentDate(value));
  } catch {
    return text(value);
  }
}

export function ArticlePreview({
  entry,
  widgetFor,
  getAsset,
  fields,
}: PreviewTemplateComponentProps): ReactNode {
  const data = entry.get('data');
  const get = (key: string): unknown => data?.get(key);
  const categoryField = fields.find((field) => field?.get('name') === 'category');
  const categoryOption = categoryField
    ?.get('options')
    ?.find((option: { get(key: string): unknown }) => option.get('value') === get('category'));
  const category = categoryOption ? text(categoryOption.get('label')).replace(/\s*\([^)]*\)$/, '') : '';
  const tagList = (get('tags') as { toJS?: () => unknown } | undefined)?.toJS?.();
  const tags = Array.isArray(tagList) ? tagList.map(String) : [];
  const cover = text(get('cover'));
  return h(
    'article',
    { className: 'preview' },
    get('draft') ? h('p', { className: 'preview__draft' }, ui.article.draft) : null,
    h('p', { className: 'preview__category' }, category),
    h('h1', null, text(get('title'))),
    h('p', { className: 'preview__date' }, dateLine(get('publishedAt'))),
    h('p', { className: 'preview__lede' }, text(get('lede'))),
    cover ? h('img', { src: String(getAsset(cover)?.url ?? ''), alt: text(get('coverAlt')) }) : null,
    h('div', { className: 'preview__body' }, widgetFor('body')),
    tags.length ? h('p', { className: 'preview__tags' }, `${ui.article.tags}: ${tags.join(', ')}`) : null,
  );
}
