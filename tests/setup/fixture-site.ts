/**
 * Builds one fixture site for the integration and browser tests: the real `content/` (seed
 * articles and registries) plus fixture articles for drafts, scheduling, MDX, NFD text and
 * pagination. Built once per test run through the same script as production (`scripts/build.ts`).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { writePhotoArticles } from './fixture-photos.ts';
import { writeMediaArticles } from './fixture-media.ts';
import { writeArticle } from '../support/articles.ts';

export interface FixtureSite {
  root: string;
  contentDir: string;
  dist: string;
  buildLog: string;
  buildTime: string;
  siteUrl: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    site: FixtureSite;
  }
}

export const BUILD_TIME = '2026-06-01T00:00:00+07:00';
export const SITE_URL = 'https://tin.cema.gov.vn';
export const PAGINATION_COUNT = 25;
export const PAGINATION_TAG = 'Thử nghiệm phân trang';

const repo = path.resolve(import.meta.dirname, '../..');

export function runBuild(env: Record<string, string>): { status: number; log: string } {
  const result = spawnSync(process.execPath, [path.join(repo, 'scripts/build.ts')], {
    cwd: repo,
    env: { ...process.env, CEMA_BUILD_TIME: BUILD_TIME, CEMA_SITE_URL: SITE_URL, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status ?? 1, log: `${result.stdout}\n${result.stderr}` };
}

export default async function setup(project: TestProject) {
  const root = mkdtempSync(path.join(tmpdir(), 'cema-site-'));
  const contentDir = path.join(root, 'content');
  cpSync(path.join(repo, 'content'), contentDir, { recursive: true });
  cpSync(path.join(repo, 'tests/fixtures/site-content'), contentDir, { recursive: true });

  // Enough articles in one category and one tag for a second listing page.
  for (let i = 1; i <= PAGINATION_COUNT; i++) {
    const day = String(i).padStart(2, '0');
    writeArticle(
      contentDir,
      '2020',
      `bai-phan-trang-so-${i}`,
      `title: "Bài phân trang số ${i}"\nlede: "Sapo bài phân trang số ${i}."\npublishedAt: 2020-01-${day} 08:${day}\ncategory: hoat-dong-lanh-dao\ntags: ["${PAGINATION_TAG}"]`,
      `Nội dung bài phân trang số ${i}.`,
    );
  }
  // Text pasted from macOS/Word arrives decomposed: the site must serve NFC.
  writeArticle(
    contentDir,
    '2024',
    'bai-van-ban-nfd',
    `title: "${'Hội nghị tổng kết công tác dân tộc'.normalize('NFD')}"\nlede: "${'Đổi mới và phát triển'.normalize('NFD')}"\npublishedAt: 2024-12-20T15:30:00+07:00\ncategory: tin-tong-hop`,
    'Nội dung được gõ ở dạng tổ hợp (NFD): Uỷ ban Dân tộc tổ chức hội nghị.'.normalize('NFD'),
  );

  // Real photos (made with sharp) for the image and caption tests.
  await writePhotoArticles(contentDir);
  // Attached documents and videos.
  await writeMediaArticles(contentDir);

  const dist = path.join(root, 'dist');
  const { status, log } = runBuild({
    CEMA_CONTENT_DIR: contentDir,
    CEMA_DIST: dist,
    CEMA_CACHE_DIR: path.join(root, 'cache'),
  });
  if (status !== 0) throw new Error(`Fixture site build failed:\n${log}`);

  project.provide('site', {
    root,
    contentDir,
    dist,
    buildLog: log,
    buildTime: BUILD_TIME,
    siteUrl: SITE_URL,
  });
  return () => rmSync(root, { recursive: true, force: true });
}
