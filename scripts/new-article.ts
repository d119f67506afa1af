/**
 * Starts a new article for communications staff:
 *
 *   npm run new                                   # asks title, category, source… in Vietnamese
 *   npm run new -- --title "Hội nghị …" --category hoat-dong-ban [--source bao-dan-toc]
 *                  [--lede "…"] [--tags "A, B"] [--author "Tên"] [--slug x] [--dir content]
 *
 * Creates content/news/<year>/<slug>/index.md: the slug is the title without diacritics (đ→d),
 * made unique across all years (-2, -3…); front matter filled with publishedAt = now in Vietnam
 * time (+07:00) and draft: true; the body shows the captioned-photo syntax. Never overwrites.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { Document } from 'yaml';
import { listArticleFolders } from '../src/lib/content/files.ts';
import { isoVietnam, vnYear } from '../src/lib/dates.ts';
import { SLUG_PATTERN, slugify, uniqueSlug } from '../src/lib/slug.ts';
import { readSourceEntries } from '../src/lib/content/registries.ts';
import { matchSource, type SourceEntry } from '../src/lib/source.ts';
import { parse as parseYaml } from 'yaml';
import { runMain } from './lib/main.ts';

const USAGE = `Cách dùng:
  npm run new                                   (hỏi từng mục)
  npm run new -- --title "Tiêu đề" --category <mã chuyên mục> [--source <mã nguồn hoặc tên>]
                 [--lede "Sapo"] [--tags "Từ khóa 1, Từ khóa 2"] [--author "Tên"] [--slug <địa-chỉ>] [--dir content]`;

export class NewArticleError extends Error {}

interface Category {
  id: string;
  name: string;
}

export interface NewArticleInput {
  title: string;
  category: string;
  lede?: string;
  source?: string;
  tags?: string[];
  author?: string;
  slug?: string;
}

export const LEDE_PLACEHOLDER = 'Tóm tắt nội dung chính của bài trong một, hai câu (sapo).';

/** Every slug in content/news/<year>/<slug>/ (with an article file or not): slugs are unique
 * across all years. */
export function takenSlugs(newsDir: string): Set<string> {
  return new Set(listArticleFolders(newsDir).map((folder) => folder.slug));
}

function readList<T>(file: string): T[] {
  if (!existsSync(file)) return [];
  const list: unknown = parseYaml(readFileSync(file, 'utf8'), { schema: 'core' });
  return Array.isArray(list) ? (list as T[]) : [];
}

export function readCategories(contentDir: string): Category[] {
  return readList<{ id?: unknown; name?: unknown }>(path.join(contentDir, 'categories.yaml'))
    .filter((c) => typeof c.id === 'string')
    .map((c) => ({ id: c.id as string, name: typeof c.name === 'string' ? c.name : (c.id as string) }));
}

/** "bao-dan-toc" (registered id), "Báo Dân tộc" (a registered name → its id) or a free name. */
export function resolveSource(
  value: string,
  sources: readonly SourceEntry[],
): { id: string } | { name: string } {
  const text = value.normalize('NFC').trim();
  if (sources.some((s) => s.id === text)) return { id: text };
  const id = matchSource(text, sources);
  return id ? { id } : { name: text };
}

const YAML_OPTIONS = { lineWidth: 0, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN' } as const;

/** The text of the new index.md. `now` is the publication time (seconds dropped). */
export function renderNewArticle(input: NewArticleInput, now: Date, sources: readonly SourceEntry[]): string {
  const minute = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  const data: Record<string, unknown> = {
    title: input.title.normalize('NFC').trim(),
    lede: (input.lede?.trim() || LEDE_PLACEHOLDER).normalize('NFC'),
    publishedAt: isoVietnam(minute),
    category: input.category,
    tags: (input.tags ?? []).map((t) => t.normalize('NFC').trim()).filter(Boolean),
  };
  if (input.author?.trim()) data.author = input.author.normalize('NFC').trim();
  if (input.source?.trim()) data.source = resolveSource(input.source, sources);
  data.draft = true;
  const doc = new Document(data, { version: '1.2' });
  for (const key of ['publishedAt', 'category']) {
    const node = doc.get(key, true) as { type?: string } | undefined;
    if (node) node.type = 'PLAIN';
  }
  const sourceId = doc.getIn(['source', 'id'], true) as { type?: string } | undefined;
  if (sourceId) sourceId.type = 'PLAIN';
  const tags = doc.get('tags', true) as { flow?: boolean } | undefined;
  if (tags) tags.flow = true;
  const frontmatter = doc.toString(YAML_OPTIONS);
  const body = [
    'Viết nội dung bài ở đây. Mỗi đoạn văn cách nhau một dòng trống.',
    '',
    '<!-- Ảnh có chú thích: chép tệp ảnh vào cùng thư mục với bài (vd. anh-1.jpg), rồi xóa dòng mở và dòng',
    'đóng của khối ghi chú này. Dòng đầu: mô tả ảnh cho người khiếm thị (trong ngoặc vuông); dòng sau,',
    'in nghiêng giữa hai dấu sao: chú thích hiện dưới ảnh, tên người chụp ở cuối trong "(Ảnh: ...)".',
    '',
    '![Toàn cảnh hội nghị](./anh-1.jpg)',
    '*Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc chủ trì hội nghị (Ảnh: Tên người chụp)*',
    '-->',
  ].join('\n');
  return `---\n${frontmatter}---\n\n${body}\n`;
}

/** Validates the answers and writes the article; returns its path. Throws NewArticleError. */
export function createArticle(contentDir: string, input: NewArticleInput, now = new Date()): string {
  const title = input.title.normalize('NFC').trim();
  if (!title) throw new NewArticleError('thiếu tiêu đề (--title)');
  const categories = readCategories(contentDir);
  if (!categories.some((c) => c.id === input.category)) {
    throw new NewArticleError(
      `chuyên mục "${input.category}" không có trong categories.yaml (các mã hợp lệ: ${categories.map((c) => c.id).join(', ')})`,
    );
  }
  const newsDir = path.join(contentDir, 'news');
  const taken = takenSlugs(newsDir);
  let slug: string;
  if (input.slug) {
    slug = input.slug;
    if (!SLUG_PATTERN.test(slug)) {
      throw new NewArticleError(
        `địa chỉ "${slug}" không hợp lệ: chỉ dùng chữ thường không dấu, số và gạch nối`,
      );
    }
    if (taken.has(slug))
      throw new NewArticleError(`đã có bài ở địa chỉ "${slug}"; không ghi đè — chọn địa chỉ khác`);
  } else {
    const base = slugify(title);
    if (!base) throw new NewArticleError('tiêu đề không có chữ hoặc số nào để làm địa chỉ bài');
    slug = uniqueSlug(base, taken);
  }
  const dir = path.join(newsDir, String(vnYear(now)), slug);
  const file = path.join(dir, 'index.md');
  if (existsSync(dir)) throw new NewArticleError(`thư mục ${dir} đã có; không ghi đè`);
  const sources = existsSync(path.join(contentDir, 'sources.yaml')) ? readSourceEntries(contentDir) : [];
  const text = renderNewArticle({ ...input, title }, now, sources);
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, text, { encoding: 'utf8', flag: 'wx' }); // wx: fail rather than overwrite
  return file;
}

/** Line-by-line questions that also work with piped input (answers buffered in order). */
function asker(input: NodeJS.ReadableStream, output: NodeJS.WritableStream) {
  const rl = createInterface({ input, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  return {
    async ask(question: string): Promise<string> {
      output.write(question);
      const next = await lines.next();
      if (next.done) throw new NewArticleError('đã hết dữ liệu nhập (bỏ ngang)');
      return String(next.value).trim();
    },
    close: () => rl.close(),
  };
}

async function askMissing(
  values: Partial<NewArticleInput>,
  contentDir: string,
  io: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream },
): Promise<NewArticleInput> {
  const q = asker(io.input, io.output);
  try {
    let title = values.title ?? '';
    while (!title) title = await q.ask('Tiêu đề bài viết: ');
    let category = values.category ?? '';
    const categories = readCategories(contentDir);
    while (!categories.some((c) => c.id === category)) {
      io.output.write(
        `Chuyên mục:\n${categories.map((c, i) => `  ${i + 1}. ${c.name} (${c.id})`).join('\n')}\n`,
      );
      const answer = await q.ask('Chọn số hoặc mã chuyên mục: ');
      category = categories[Number(answer) - 1]?.id ?? answer;
    }
    let source = values.source;
    if (source === undefined) {
      const sources = existsSync(path.join(contentDir, 'sources.yaml')) ? readSourceEntries(contentDir) : [];
      io.output.write(
        `Nguồn (Trích nguồn):\n${sources.map((s, i) => `  ${i + 1}. ${s.name} (${s.id})`).join('\n')}\n`,
      );
      const answer = await q.ask('Chọn số, gõ tên nguồn khác, hoặc Enter nếu bài tự viết: ');
      source = sources[Number(answer) - 1]?.id ?? answer;
    }
    const lede = values.lede ?? (await q.ask('Sapo (tóm tắt 1–2 câu; Enter để viết sau): '));
    const tags =
      values.tags ??
      (await q.ask('Từ khóa, cách nhau bằng dấu phẩy (Enter để bỏ qua): '))
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean);
    return { ...values, title, category, source, lede, tags };
  } finally {
    q.close();
  }
}

export async function main(
  argv: readonly string[],
  io: { input: NodeJS.ReadableStream; output: NodeJS.WritableStream; now?: Date } = {
    input: process.stdin,
    output: process.stdout,
  },
): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      title: { type: 'string' },
      category: { type: 'string' },
      source: { type: 'string' },
      lede: { type: 'string' },
      tags: { type: 'string' },
      author: { type: 'string' },
      slug: { type: 'string' },
      dir: { type: 'string', default: process.env.CEMA_CONTENT_DIR || 'content' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.output.write(`${USAGE}\n`);
    return 0;
  }
  const contentDir = path.resolve(values.dir);
  const given: Partial<NewArticleInput> = {
    title: values.title,
    category: values.category,
    source: values.source,
    lede: values.lede,
    tags: values.tags
      ?.split(',')
      .map((t) => t.trim())
      .filter(Boolean),
    author: values.author,
    slug: values.slug,
  };
  // With --title and --category nothing is asked (scripts); otherwise ask what is missing.
  const input =
    given.title && given.category ? (given as NewArticleInput) : await askMissing(given, contentDir, io);
  const file = createArticle(contentDir, input, io.now ?? new Date());
  const shown = path.relative(process.cwd(), file) || file;
  io.output.write(
    `Đã tạo bài nháp: ${shown}\n` +
      `Tiếp theo: viết bài trong tệp đó, xem thử bằng "npm run dev" (bài có nhãn BẢN NHÁP), ` +
      `kiểm tra bằng "npm run check:content", khi xong đổi "draft: true" thành "draft: false".\n`,
  );
  return 0;
}

runMain(import.meta.url, main, {
  label: 'Lỗi',
  exitCode: 1,
  usageFor: (error) => (error instanceof NewArticleError ? undefined : USAGE),
});
