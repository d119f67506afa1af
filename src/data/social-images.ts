/**
 * Social cards (1200×630 JPEG of each cover): encoded once per cover per build — the endpoint
 * that writes the file and the feed that states its byte length share the same bytes — and kept
 * in Astro's cache folder between builds, keyed by the card's version (see socialImageVersion).
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ImageMetadata } from 'astro';
import { cacheDir } from '../site.config.ts';
import { encodeSocialImage } from '../lib/images.ts';
import type { Article } from './articles.ts';

const CACHE = path.join(cacheDir, 'social-images');
const memo = new Map<string, Promise<Buffer>>();

async function encodeCached(article: Article): Promise<Buffer> {
  const cover = article.cover?.image as (ImageMetadata & { fsPath?: string }) | undefined;
  if (!cover?.fsPath || !article.socialImage) {
    throw new Error(`ảnh bìa của ${article.id}: không đọc được tệp gốc (cover file not found)`);
  }
  const cached = path.join(CACHE, path.basename(article.socialImage.path));
  try {
    return await readFile(cached);
  } catch {
    const bytes = await encodeSocialImage(await readFile(cover.fsPath));
    await mkdir(CACHE, { recursive: true });
    // Write then rename: a killed build never leaves a half-written card in the cache.
    const partial = `${cached}.${process.pid}.tmp`;
    await writeFile(partial, bytes);
    await rename(partial, cached);
    return bytes;
  }
}

/** The bytes of an article's social card (undefined without a cover). */
export function socialImageBytes(article: Article): Promise<Buffer> | undefined {
  if (!article.socialImage) return undefined;
  let bytes = memo.get(article.socialImage.path);
  if (!bytes) {
    bytes = encodeCached(article);
    memo.set(article.socialImage.path, bytes);
  }
  return bytes;
}
