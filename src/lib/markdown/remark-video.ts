/**
 * Videos in article bodies, in the forms staff write (docs/HUONG-DAN.md §2c):
 *
 *   https://www.youtube.com/watch?v=…              a YouTube or Vimeo address alone on a line
 *   [Hội nghị trực tuyến](https://youtu.be/…)      the same with a title
 *   ![Họp báo công bố Quyết định](./hop-bao.mp4)   a local MP4 beside the article
 *   <Video src="…" title="…" />                    MDX, either kind
 *
 * Each becomes the figure of src/lib/markdown/video.ts (hChildren: remark-rehype builds the HTML
 * for Markdown and MDX alike). A local video's poster (hop-bao.jpg/.png/.webp) and captions
 * (hop-bao.vtt) are found beside it by name. Runs before Astro's image step, which would
 * otherwise take the MP4 for a photo.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { ui } from '../../i18n/vi.ts';
import { baseName, isVideoFile, localFileName, POSTER_TYPES } from '../attachments.ts';
import { parseVideoUrl, videoElement, type VideoSpec } from './video.ts';

/** The files beside a local video that the page uses (same name, other extension). */
export function videoCompanions(
  articleDir: string,
  videoName: string,
): { poster?: string; captions?: string } {
  const base = baseName(videoName);
  const captions = `${base}.vtt`;
  const poster = Object.keys(POSTER_TYPES)
    .map((extension) => `${base}${extension}`)
    .find((name) => existsSync(path.join(articleDir, name)));
  return {
    poster,
    captions: existsSync(path.join(articleDir, captions)) ? captions : undefined,
  };
}

/** A local video's spec, its poster and captions looked up beside the article file. */
export function localVideoSpec(articleDir: string | undefined, src: string, title: string): VideoSpec {
  const name = localFileName(src);
  const companions = articleDir ? videoCompanions(articleDir, name) : {};
  return {
    kind: 'file',
    src: `./${name}`,
    title,
    poster: companions.poster && `./${companions.poster}`,
    captions: companions.captions && `./${companions.captions}`,
  };
}

/** A video written as `src` (an address or a local MP4) with a title, or undefined. */
export function videoSpec(articleDir: string | undefined, src: string, title: string): VideoSpec | undefined {
  const embedded = parseVideoUrl(src);
  if (embedded) return { kind: 'embed', video: embedded, title: title.trim() };
  if (isVideoFile(src)) return localVideoSpec(articleDir, src, title.trim() || ui.video.untitled);
  return undefined;
}

function meaningful(children: readonly PhrasingContent[]): PhrasingContent[] {
  return children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
}

/** The video a paragraph holds on its own (a link or a local MP4 image, nothing else), if any. */
export function paragraphVideo(paragraph: Paragraph, articleDir?: string): VideoSpec | undefined {
  const [only, ...rest] = meaningful(paragraph.children);
  if (!only || rest.length > 0) return undefined;
  if (only.type === 'link') {
    const text = toString(only);
    // A bare address (GFM autolink) has itself as text: no title was written.
    return videoSpec(articleDir, only.url, text === only.url ? '' : text);
  }
  if (only.type === 'image' && isVideoFile(only.url)) return videoSpec(articleDir, only.url, only.alt ?? '');
  return undefined;
}

interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
}

function literalAttribute(node: JsxElement, name: string): string | undefined {
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  return typeof attribute?.value === 'string' ? attribute.value : undefined;
}

/** An mdast node whose HTML is the video's figure (remark-rehype reads hName/hProperties/hChildren). */
function videoNode(spec: VideoSpec): Paragraph {
  const figure = videoElement(spec);
  return {
    type: 'paragraph',
    children: [],
    data: {
      hName: figure.tagName,
      hProperties: figure.properties as Record<string, never>,
      hChildren: figure.children as never,
    },
  };
}

export function remarkVideo() {
  return (tree: Root, file: { path?: string }) => {
    const articleDir = file.path ? path.dirname(file.path) : undefined;
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      let spec: VideoSpec | undefined;
      if (node.type === 'paragraph') spec = paragraphVideo(node, articleDir);
      else if (node.type === 'mdxJsxFlowElement' && (node as unknown as JsxElement).name === 'Video') {
        const jsx = node as unknown as JsxElement;
        // The validator (check-article.ts) has refused a <Video> without a literal src and title.
        spec = videoSpec(
          articleDir,
          literalAttribute(jsx, 'src') ?? '',
          literalAttribute(jsx, 'title') ?? '',
        );
      }
      if (!spec) return;
      (parent.children as RootContent[])[index] = videoNode(spec);
      return 'skip';
    });
    // A local MP4 sharing its paragraph (an italic line under it, text beside it) is not a
    // player: it becomes a link to the file, never an image for Astro's photo step.
    visit(tree, 'image', (node, index, parent) => {
      if (!parent || index === undefined || !isVideoFile(node.url)) return;
      const link: PhrasingContent = {
        type: 'link',
        url: `./${localFileName(node.url)}`,
        children: [{ type: 'text', value: node.alt || localFileName(node.url) }],
      };
      (parent.children as PhrasingContent[])[index] = link;
    });
  };
}
