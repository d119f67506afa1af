/**
 * The one validation of an article, shared by the build (src/loaders/news.ts), the linter
 * (`npm run check:content`) and the dev preview: front matter (schema, registries, dates), the
 * folder's slug, tags, every URL a reader can follow or load, the body's raw HTML and MDX
 * elements against the body policy, and its images. Errors stop the build; warnings are listed.
 */
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { sanitizeBodyTree, srcsetUrls } from '../body-policy.ts';
import { SLUG_PATTERN } from '../slug.ts';
import { isSafeUrl, tagSlug } from '../urls.ts';
import { isVideoFile } from '../attachments.ts';
import { parseVideoUrl } from '../video-url.ts';
import { checkArticleFiles, fileTargetsOf, type FileTarget } from './attachment-checks.ts';
import { scanBody, type ScannedBody } from './body-scan.ts';
import { slugOfArticleFile } from './files.ts';
import { checkArticleImages, type Target } from './image-checks.ts';
import type { Registries } from './registries.ts';
import { validateArticle, type ContentProblem, type ValidatedArticle } from './validate.ts';

/** MDX components an article may use (their output passes the body policy too). */
export const ARTICLE_COMPONENTS: ReadonlySet<string> = new Set(['Figure', 'Video']);

export interface CheckedArticle extends ValidatedArticle {
  slug: string;
  scanned: ScannedBody;
  /** Problems that are not errors: listed by the linter and the build, publishing goes on. */
  warnings: ContentProblem[];
  /** Local body photos, for the collection's `bodyImages`. */
  localImages: string[];
  /** Every local image (cover and body) with its line: re-checked cheaply on later builds. */
  imageTargets: Target[];
  /** Originals heavier than OVERSIZED_BYTES ("file:line — ảnh … nặng 6,2 MB"). */
  oversized: string[];
  /** Attachments and local videos with their lines: re-checked cheaply on later builds. */
  fileTargets: FileTarget[];
}

/** Each element, and each of its attributes, of a tree ("<p>", "<p> onClick=…"), in document order. */
function inventory(tree: Root): string[] {
  const found: string[] = [];
  visit(tree, 'element', (node) => {
    found.push(`<${node.tagName}>`);
    for (const [key, value] of Object.entries(node.properties))
      found.push(`<${node.tagName}> ${key}=${String(value)}`);
  });
  return found;
}

/** Elements and attributes of a parsed HTML fragment that the body policy removes. */
function removedFrom(tree: Root): string[] {
  const kept = inventory(sanitizeBodyTree(tree));
  const removed: string[] = [];
  for (const item of inventory(tree)) {
    const at = kept.indexOf(item);
    if (at >= 0) kept.splice(at, 1);
    else
      removed.push(
        item.replace(/^<(\w+)> (\w+)=.*$/, (_, tag: string, attr: string) => `${attr} (trong <${tag}>)`),
      );
  }
  return [...new Set(removed)];
}

/** Elements and attributes in `html` that the body policy removes ("<script>", "onClick (trong <p>)"). */
export function removedByPolicy(html: string): string[] {
  return removedFrom(fromHtml(html, { fragment: true }));
}

const BODY_FIELD = '(nội dung)';
/** HTML attributes holding a URL a reader's browser follows or loads. */
const URL_ATTRIBUTES = [
  'href',
  'src',
  'srcSet',
  'action',
  'formAction',
  'cite',
  'poster',
  'data',
  'background',
];

/** Unsafe URLs in a parsed HTML fragment ("javascript:…", "data:…"): an error, like a Markdown link's. */
function unsafeUrlsIn(tree: Root): string[] {
  const found: string[] = [];
  visit(tree, 'element', (node) => {
    for (const name of URL_ATTRIBUTES) {
      const value = node.properties[name];
      if (value === undefined || value === null) continue;
      const text = Array.isArray(value) ? value.join(',') : String(value);
      for (const url of name === 'srcSet' ? srcsetUrls(text) : [text]) {
        if (url !== '' && !isSafeUrl(url)) found.push(url);
      }
    }
  });
  return found;
}

/** Raw HTML of a body checked once: unsafe URLs (errors) and what the policy removes (warnings). */
function checkHtml(html: string): { unsafe: string[]; removed: string[] } {
  const tree = fromHtml(html, { fragment: true });
  return { unsafe: unsafeUrlsIn(tree), removed: removedFrom(tree) };
}

function unsafeLinkProblem(file: string, line: number, url: string): ContentProblem {
  return {
    file,
    line,
    field: '(liên kết)',
    message: `liên kết "${url.slice(0, 80)}" không an toàn cho người đọc: chỉ dùng https://, http://, mailto:, tel: hoặc đường dẫn trong trang (vd. /tin-tuc/…)`,
  };
}

function checkBody(
  file: string,
  scanned: ScannedBody,
  problems: ContentProblem[],
  warnings: ContentProblem[],
): void {
  if (scanned.syntaxError) {
    problems.push({
      file,
      line: scanned.syntaxError.line,
      field: BODY_FIELD,
      message: `cú pháp MDX sai: ${scanned.syntaxError.message}`,
    });
  }
  for (const link of scanned.links) {
    if (!isSafeUrl(link.url)) problems.push(unsafeLinkProblem(file, link.line, link.url));
  }
  for (const block of scanned.html) {
    const { unsafe, removed } = checkHtml(block.value);
    for (const url of unsafe) problems.push(unsafeLinkProblem(file, block.line, url));
    const pasted = pastedPlayerVideo(block.value);
    if (pasted) {
      warnings.push(pastedPlayerWarning(file, block.line, pasted));
    } else if (removed.length > 0) {
      warnings.push({
        file,
        line: block.line,
        field: '(HTML)',
        message: `trang và RSS sẽ bỏ ${removed.slice(0, 5).join(', ')}${removed.length > 5 ? ', …' : ''}: bài chỉ giữ chữ, liên kết, danh sách, bảng, trích dẫn và ảnh; video và văn bản đính kèm dùng thành phần riêng`,
      });
    }
  }
  for (const element of scanned.elements) {
    if (element.name === 'Video') {
      checkVideoElement(file, element, problems);
      continue;
    }
    if (element.name === 'iframe' && parseVideoUrl(element.attributes.src ?? '')) {
      warnings.push(pastedPlayerWarning(file, element.line, element.attributes.src!));
      continue;
    }
    if (/^[A-Z]/.test(element.name)) {
      if (!ARTICLE_COMPONENTS.has(element.name)) {
        problems.push({
          file,
          line: element.line,
          field: BODY_FIELD,
          message: `không có thành phần <${element.name}> (các thành phần dùng được: ${[...ARTICLE_COMPONENTS].map((c) => `<${c}>`).join(', ')})`,
        });
      }
      continue;
    }
    const attributes = Object.entries(element.attributes)
      .map(([key, value]) => (value === undefined ? ` ${key}` : ` ${key}="${value.replace(/"/g, '&quot;')}"`))
      .join('');
    const { unsafe, removed } = checkHtml(`<${element.name}${attributes}></${element.name}>`);
    for (const url of unsafe) problems.push(unsafeLinkProblem(file, element.line, url));
    if (removed.length > 0) {
      warnings.push({
        file,
        line: element.line,
        field: '(HTML)',
        message: `trang và RSS sẽ bỏ ${removed.slice(0, 5).join(', ')}: dùng các thành phần của trang cho video và văn bản`,
      });
    }
  }
}

/** The YouTube/Vimeo address of a player pasted as raw HTML (`<iframe src="…/embed/…">`), if any. */
function pastedPlayerVideo(html: string): string | undefined {
  const tree = fromHtml(html, { fragment: true });
  let found: string | undefined;
  visit(tree, 'element', (node) => {
    const src = node.properties.src;
    if (node.tagName === 'iframe' && typeof src === 'string' && parseVideoUrl(src)) found ??= src;
  });
  return found;
}

function pastedPlayerWarning(file: string, line: number, src: string): ContentProblem {
  const video = parseVideoUrl(src)!;
  const address =
    video.provider === 'youtube'
      ? `https://www.youtube.com/watch?v=${video.id}`
      : `https://vimeo.com/${video.id}`;
  return {
    file,
    line,
    field: '(video)',
    message: `trang và RSS sẽ bỏ khung <iframe> dán vào: thay cả khối bằng địa chỉ video trên một dòng riêng, vd. [Tên video](${address})`,
  };
}

/** `<Video src="…" title="…" />`: a literal src (YouTube, Vimeo or a local .mp4) and a title. */
function checkVideoElement(
  file: string,
  element: ScannedBody['elements'][number],
  problems: ContentProblem[],
): void {
  const { src, title } = element.attributes;
  const problem = (message: string) => problems.push({ file, line: element.line, field: '(video)', message });
  if (src === undefined || src.trim() === '') {
    problem('<Video> cần src="…": địa chỉ YouTube/Vimeo hoặc tệp MP4 cạnh bài (vd. src="./hop-bao.mp4")');
  } else if (!parseVideoUrl(src) && !isVideoFile(src)) {
    problem(
      `<Video src="${src.slice(0, 80)}">: chỉ dùng địa chỉ video YouTube, Vimeo hoặc tệp .mp4 cạnh bài`,
    );
  }
  if (title === undefined || title.trim() === '') {
    problem('<Video> cần title="…": tên video, đọc cho người khiếm thị và hiện dưới video');
  }
}

/** Local MP4s written as images need a title (their alt): it is the video's caption and name. */
function checkVideoImages(file: string, scanned: ScannedBody, problems: ContentProblem[]): void {
  for (const image of scanned.images) {
    if (!isVideoFile(image.url) || image.alt.trim() !== '') continue;
    problems.push({
      file,
      line: image.line,
      field: '(video)',
      message: `video "${image.url}" cần tên trong ngoặc vuông (đọc cho người khiếm thị, hiện dưới video): ![Tên video](${image.url})`,
    });
  }
}

function checkTags(
  file: string,
  checked: ValidatedArticle,
  problems: ContentProblem[],
  warnings: ContentProblem[],
): void {
  const tags = checked.data.tags;
  if (!Array.isArray(tags)) return;
  const bySlug = new Map<string, string>();
  tags.forEach((tag, i) => {
    if (typeof tag !== 'string' || tag.trim() === '') return;
    const line = checked.lineOf?.(['tags', i]) ?? 1;
    const slug = tagSlug(tag);
    if (!slug) {
      problems.push({
        file,
        line,
        field: 'tags (từ khóa)',
        message: `từ khóa "${tag}" không có chữ hoặc số nào để làm địa chỉ trang từ khóa`,
      });
      return;
    }
    const first = bySlug.get(slug);
    if (first !== undefined && first !== tag) {
      warnings.push({
        file,
        line,
        field: 'tags (từ khóa)',
        message: `từ khóa "${tag}" và "${first}" dùng chung một trang (/tu-khoa/${slug}/): giữ một cách viết`,
      });
    } else bySlug.set(slug, tag);
  });
}

/** Everything the build checks about one article file. */
export async function checkArticle(
  source: string,
  file: string,
  registries: Registries,
): Promise<CheckedArticle> {
  const checked = validateArticle(source, file, registries);
  const problems = [...checked.problems];
  const warnings: ContentProblem[] = [];
  const slug = slugOfArticleFile(file);
  if (!SLUG_PATTERN.test(slug)) {
    problems.push({
      file,
      line: 1,
      field: '(thư mục)',
      message: `tên thư mục "${slug}" là địa chỉ bài viết: chỉ dùng chữ thường không dấu, số và gạch nối (vd. hoi-nghi-dan-toc)`,
    });
  }
  const title = checked.data.title;
  if (typeof title === 'string' && /^\s*[“"‘'«].*[”"’'»]\s*$/s.test(title)) {
    warnings.push({
      file,
      line: checked.lineOf?.(['title']) ?? 1,
      field: 'title (tiêu đề)',
      message: 'tiêu đề nằm trong dấu ngoặc kép “…” (thường do dán từ Word): bỏ dấu ngoặc ở hai đầu',
    });
  }
  checkTags(file, checked, problems, warnings);
  const scannedBody = scanBody(checked.body, checked.bodyStartLine, { mdx: path.extname(file) === '.mdx' });
  checkBody(file, scannedBody, problems, warnings);
  checkVideoImages(file, scannedBody, problems);
  // Local videos are written with image syntax but are files, not photos (the video checks).
  const scanned = { ...scannedBody, images: scannedBody.images.filter((image) => !isVideoFile(image.url)) };

  let localImages: string[] = [];
  let imageTargets: Target[] = [];
  let oversized: string[] = [];
  let fileTargets: FileTarget[] = [];
  // Images and attached files need a readable front matter (the cover's line and path).
  if (checked.problems.length === 0) {
    const cover = checked.parsed?.cover;
    const images = await checkArticleImages({
      file,
      body: checked.body,
      bodyStartLine: checked.bodyStartLine,
      images: scanned.images,
      cover: cover ? { path: cover, line: checked.lineOf?.(['cover']) ?? 1 } : undefined,
    });
    problems.push(...images.problems);
    localImages = images.localImages;
    imageTargets = images.targets;
    oversized = images.warnings;
    const attachments = checked.parsed?.attachments ?? [];
    fileTargets = fileTargetsOf({
      attachments: attachments.map((attachment, i) => ({
        file: attachment.file,
        line: checked.lineOf?.(['attachments', i, 'file']) ?? 1,
      })),
      links: scannedBody.links,
      images: scannedBody.images,
      elements: scannedBody.elements,
    });
    const files = checkArticleFiles(file, fileTargets);
    problems.push(...files.problems);
    warnings.push(...files.warnings);
  }
  problems.sort((a, b) => a.line - b.line);
  return {
    ...checked,
    parsed: problems.length === 0 ? checked.parsed : undefined,
    problems,
    warnings,
    slug,
    scanned,
    localImages,
    imageTargets,
    oversized,
    fileTargets,
  };
}
