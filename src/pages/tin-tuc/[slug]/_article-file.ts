/**
 * The files an article publishes beside itself (attachments, a local video, its captions and
 * poster) at /tin-tuc/<slug>/<name>.<ext> (src/lib/urls.ts articleFilePath), one route file per
 * published extension ([name].pdf.ts…): a route whose name ends in an extension is matched
 * without the site's trailing slash, in `astro dev` as in the build, so "./qd-98.pdf" in a body
 * works in the preview too. Paths only for articles that have such files: 50,000 articles without
 * attachments add no route.
 */
import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArticles } from '../../../data/articles.ts';
import { publishedFiles, type PublishedFile } from '../../../data/attachments.ts';
import { extensionOf } from '../../../lib/attachments.ts';

export function articleFileRoute(extension: string): {
  getStaticPaths: GetStaticPaths;
  GET: APIRoute<{ file: PublishedFile }>;
} {
  return {
    getStaticPaths: async () =>
      publishedFiles(await getArticles())
        .filter((file) => extensionOf(file.fileName) === extension && file.fileName.endsWith(extension))
        .map((file) => ({
          params: { slug: file.slug, name: file.fileName.slice(0, -extension.length) },
          props: { file },
        })),
    GET: async ({ props }) =>
      new Response(new Uint8Array(await readFile(props.file.source)), {
        headers: { 'Content-Type': props.file.mime },
      }),
  };
}
