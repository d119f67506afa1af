import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles } from '../../../data/articles.ts';
import { publishedFiles, type PublishedFile } from '../../../data/attachments.ts';

/**
 * The files an article publishes beside itself (attachments, a local video, its captions and
 * poster) at /tin-tuc/<slug>/<file> (src/lib/urls.ts articleFilePath): paths only for articles
 * that have such files, so 50,000 articles without attachments add no route.
 */
export const getStaticPaths = (async () =>
  publishedFiles(await getArticles()).map((file) => ({
    params: { slug: file.slug, file: file.fileName },
    props: { file },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ file: PublishedFile }> = async ({ props }) =>
  new Response(new Uint8Array(await readFile(props.file.source)), {
    headers: { 'Content-Type': props.file.mime },
  });
