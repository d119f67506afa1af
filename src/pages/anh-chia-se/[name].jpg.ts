import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles, type Article } from '../../data/articles.ts';
import { socialImageBytes } from '../../data/social-images.ts';

/** One 1200×630 social card per article with a cover, at the path its view model names. */
export const getStaticPaths = (async () => {
  const articles = await getArticles();
  return articles.flatMap((article) =>
    article.socialImage ? [{ params: { name: article.socialImage.name }, props: { article } }] : [],
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ article: Article }> = async ({ props }) =>
  new Response(new Uint8Array((await socialImageBytes(props.article))!), {
    headers: { 'Content-Type': 'image/jpeg' },
  });
