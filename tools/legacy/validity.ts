/**
 * Whatever the importer writes passes the build's own validation (validateArticle, the check
 * the content loader runs). What the old portal gives that cannot pass — a title or lede longer
 * than the schema allows, typically a scrape that ran the body into the title — is shortened,
 * its full text kept as the first paragraph, and the article becomes a draft with the reason in
 * a YAML comment at the top of its front matter and in the report. Anything else that fails is
 * not written (the report lists the problems).
 */
import { articleFields } from '../../src/lib/content/schema.ts';
import { formatCount } from '../../src/lib/format.ts';
import type { ContentProblem } from '../../src/lib/content/validate.ts';
import type { Decision, LegacyArticle } from './convert.ts';

/** The schema's limits, read from the schema so they never disagree with the build. */
const LIMITS = {
  title: articleFields.title.maxLength ?? Number.POSITIVE_INFINITY,
  lede: articleFields.lede.maxLength ?? Number.POSITIVE_INFINITY,
} as const;

export interface ValidArticle {
  article: LegacyArticle;
  /** YAML comment lines for the front matter (each a fix the importer made). */
  comments: string[];
  decisions: Decision[];
}

/** `text` cut to at most `max` characters at a sentence end or else a word boundary, with "…". */
export function shorten(text: string, max: number): string {
  const room = text.slice(0, max - 1);
  const sentence = room.search(/[.!?](?=\s[^.!?]*$)/u);
  if (sentence > max / 2) return text.slice(0, sentence + 1);
  const space = room.lastIndexOf(' ');
  return `${(space > max / 2 ? room.slice(0, space) : room).replace(/[\s,;:–-]+$/u, '')}…`;
}

const startsBody = (article: LegacyArticle, text: string) =>
  article.body.some((block) => block.type === 'paragraph' && block.text.startsWith(text));

/** Shortens what the schema would reject, keeping the full text in the body. */
export function fitToSchema(article: LegacyArticle): ValidArticle {
  const fixed: LegacyArticle = { ...article, body: [...article.body] };
  const comments: string[] = [];
  const decisions: Decision[] = [];
  const fields = [
    ['title', 'tiêu đề'],
    ['lede', 'sapo'],
  ] as const;
  const keptInBody: string[] = [];
  for (const [field, vi] of fields) {
    const full = article[field];
    const max = LIMITS[field];
    if (full.trim().length <= max) continue;
    fixed[field] = shorten(full, max);
    if (!startsBody(fixed, full)) keptInBody.push(full);
    const length = formatCount(full.trim().length);
    comments.push(
      `Trình nhập: ${vi} trên cổng cũ dài ${length} ký tự (tối đa ${formatCount(max)}): đã cắt ngắn, toàn văn ở đầu thân bài; bài để nháp cho đến khi biên tập viên sửa / importer: the old ${field} has ${length} characters (max ${max}): shortened, full text at the top of the body; draft until edited.`,
    );
    decisions.push({
      kind: 'validation',
      order: 0,
      message: `${vi[0]?.toUpperCase()}${vi.slice(1)} dài ${length} ký tự, quá ${formatCount(max)} mà bản dựng cho phép: đã cắt ngắn, toàn văn ở đầu thân bài, bài để nháp (draft) / the ${field} has ${length} characters, over the build's limit of ${max}: shortened, full text kept at the top of the body, written as a draft.`,
    });
  }
  if (comments.length === 0) return { article, comments, decisions };
  fixed.body = [...keptInBody.map((text) => ({ type: 'paragraph' as const, text })), ...fixed.body];
  fixed.draft = true;
  return { article: fixed, comments, decisions };
}

/** The top-level front-matter field a validation problem is about ("source.id (nguồn)" → source). */
export function problemField(problem: ContentProblem): string {
  return problem.field.split(/[ .]/)[0] ?? '';
}
