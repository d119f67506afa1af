/**
 * Attachments at scale: the data layer's cost (src/data/attachments.ts — the endpoint's static
 * paths and each article's "Văn bản đính kèm" view) over N synthetic articles, 1 % of them with a
 * PDF in front matter and a DOCX linked from the body, the rest plain text. Printed beside a bare
 * loop over the same bodies (the floor: touching each article once), at N and 10 × N, so linear
 * growth (ratio ≈ 10) is visible and an O(n²) would not hide.
 *
 *   node bench/attachments.ts [--count 5000]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Article } from '../src/data/articles.ts';
import { getAttachments, publishedFiles } from '../src/data/attachments.ts';
import { makeDocx, makePdf } from '../tests/support/documents.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '5000' } } });
const base = Number(values.count);
const root = mkdtempSync(path.join(tmpdir(), 'cema-bench-attachments-'));
const pdf = await makePdf(4);
const docx = makeDocx('Ke hoach');
const PARAGRAPH = 'Ủy ban Dân tộc tổ chức hội nghị triển khai chương trình mục tiêu quốc gia. '.repeat(12);

function corpus(count: number, tag: string): Article[] {
  const articles: Article[] = [];
  for (let i = 0; i < count; i++) {
    const slug = `bai-${tag}-${i}`;
    const dir = path.join(root, tag, slug);
    const attached = i % 100 === 0;
    let body = `${PARAGRAPH}\n\n${PARAGRAPH}`;
    if (attached) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'qd.pdf'), pdf);
      writeFileSync(path.join(dir, 'ke-hoach.docx'), docx);
      body += '\n\nXem [Kế hoạch](./ke-hoach.docx).';
    }
    const entry = {
      id: slug,
      filePath: path.relative(process.cwd(), path.join(dir, 'index.md')),
      body,
      data: { attachments: attached ? [{ title: 'Quyết định', file: './qd.pdf' }] : undefined },
    };
    articles.push({ id: slug, entry } as unknown as Article);
  }
  return articles;
}

async function measure(count: number): Promise<{ bare: number; data: number; files: number }> {
  const articles = corpus(count, String(count));
  let started = performance.now();
  let touched = 0;
  for (const article of articles) touched += article.entry.body?.includes('.pdf') ? 1 : 0;
  const bare = performance.now() - started;
  started = performance.now();
  const files = publishedFiles(articles).length;
  await Promise.all(articles.map((article) => getAttachments(article)));
  const data = performance.now() - started;
  if (touched < 0) throw new Error('unreachable');
  return { bare, data, files };
}

try {
  const small = await measure(base);
  const large = await measure(base * 10);
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  console.log(`articles        bare loop   attachments data   ÷ bare   files published`);
  for (const [count, result] of [
    [base, small],
    [base * 10, large],
  ] as const) {
    console.log(
      `${String(count).padEnd(15)} ${ms(result.bare).padEnd(11)} ${ms(result.data).padEnd(18)} ${(result.data / result.bare).toFixed(0).padEnd(8)} ${result.files}`,
    );
  }
  console.log(`growth for 10 × the articles: ${(large.data / small.data).toFixed(1)} × (linear is 10 ×)`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
