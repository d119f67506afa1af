/**
 * An article's body as readers get it, on its page and in the feeds alike: rendered (Markdown
 * once at load time, MDX with our image component), photos as <picture>s, and passed through the
 * one body policy (src/lib/body-policy.ts). Memoised per article: the page and both feeds that
 * carry an article share one rendering.
 */
import type { ImageMetadata } from 'astro';
import { render } from 'astro:content';
import { loadRenderers } from 'astro:container';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getContainerRenderer as getMdxRenderer } from '@astrojs/mdx/container-renderer';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import ArticleImage from '../components/ArticleImage.astro';
import { sanitizeBodyTree } from '../lib/body-policy.ts';
import { hasImagePlaceholders, optimizeBodyImagesInTree } from '../lib/markdown/optimize-body-images.ts';
import type { Article } from './articles.ts';

let containerMemo: Promise<AstroContainer> | undefined;
function container(): Promise<AstroContainer> {
  containerMemo ??= loadRenderers([getMdxRenderer()]).then((renderers) =>
    AstroContainer.create({ renderers }),
  );
  return containerMemo;
}

async function renderBody(article: Article): Promise<string> {
  const { entry } = article;
  const file = entry.filePath ?? entry.id;
  if (!file.endsWith('.mdx') && entry.rendered) {
    const tree = fromHtml(entry.rendered.html, { fragment: true });
    if (hasImagePlaceholders(entry.rendered.html)) {
      const images = new Map<string, ImageMetadata>(article.bodyImages.map((b) => [b.src, b.image]));
      await optimizeBodyImagesInTree(tree, (src) => images.get(src), { file });
    }
    return toHtml(sanitizeBodyTree(tree));
  }
  const { Content } = await render(entry);
  const html = await (
    await container()
  ).renderToString(Content, {
    props: { components: { img: ArticleImage } },
  });
  return toHtml(sanitizeBodyTree(fromHtml(html, { fragment: true })));
}

const memo = new Map<string, Promise<string>>();

/** The article's body HTML under the body policy. */
export function articleBodyHtml(article: Article): Promise<string> {
  let body = memo.get(article.id);
  if (!body) {
    body = renderBody(article);
    memo.set(article.id, body);
  }
  return body;
}

/** Whether the body has YouTube/Vimeo links for the click-to-play script (src/lib/markdown/video.ts). */
export async function hasPlayerLinks(article: Article): Promise<boolean> {
  return (await articleBodyHtml(article)).includes('data-video-id=');
}
