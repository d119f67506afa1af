/**
 * Page weight and Lighthouse: what each page type costs a reader on a first visit, as served by
 * the shipped nginx configuration (deploy/nginx/: brotli, precompressed files), and Lighthouse's
 * mobile scores.
 *
 *   node bench/page-weight.ts [--dist dist] [--baseline <other dist>] [--no-lighthouse | --only-lighthouse]
 *
 * For each page type (home, article without photos, article with photos, category, tag, search)
 * Chromium loads the page through nginx with an empty cache and the bytes on the wire are summed
 * by kind (HTML, CSS, JS, fonts, images, other; headers included). "Budget" is the page without
 * its photos: the targets are ≤ 30 KB for an article, ≤ 60 KB for the home page. With
 * --baseline, the same pages of another build (for example the site before a change) are
 * measured too and each total is printed as a ratio to it. Lighthouse (npm, Debian's Chromium
 * via CHROME_PATH or /usr/bin/chromium) then scores performance, accessibility, best practices
 * and SEO with its default mobile settings (simulated slow 4G, a mid-range phone).
 * Nothing here is a test: it prints figures for people to read (README "Page weight").
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH, launchBrowser } from '../tests/support/browser.ts';
import { startNginx, type Nginx } from '../tests/support/nginx.ts';
import { freePort } from '../scripts/lib/free-port.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

const { values } = parseArgs({
  options: {
    dist: { type: 'string', default: path.join(ROOT, 'dist') },
    baseline: { type: 'string' },
    'no-lighthouse': { type: 'boolean', default: false },
    /** Only Lighthouse (skip the transfer table). */
    'only-lighthouse': { type: 'boolean', default: false },
  },
});

type Kind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other';
const KINDS: Kind[] = ['html', 'css', 'js', 'font', 'image', 'other'];

interface PageType {
  name: string;
  /** The page's path in a given build (found in its files: slugs differ between sites). */
  path: (dist: string) => string | undefined;
  /** Budget without photos, in bytes (undefined: none set). */
  budget?: number;
  lighthouse?: boolean;
}

/** The sorted entries of a build's folder ([] when the build has none, e.g. a site without tags). */
function entries(dist: string, folder: string): string[] {
  const dir = path.join(dist, folder);
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

function firstArticle(dist: string, withPhotos: boolean): string | undefined {
  for (const slug of entries(dist, 'tin-tuc')) {
    if (!readdirSync(path.join(dist, 'tin-tuc', slug)).includes('index.html')) continue;
    const html = readFileSync(path.join(dist, 'tin-tuc', slug, 'index.html'), 'utf8');
    const hasPhotos = /<picture/.test(html);
    if (hasPhotos === withPhotos) return `/tin-tuc/${slug}/`;
  }
  return undefined;
}

function firstCategory(dist: string): string | undefined {
  const name = entries(dist, 'chuyen-muc')[0];
  return name && `/chuyen-muc/${name}/`;
}

function firstTag(dist: string): string | undefined {
  const name = entries(dist, 'tu-khoa')[0];
  return name && `/tu-khoa/${name}/`;
}

const PAGE_TYPES: PageType[] = [
  { name: 'article (no photos)', path: (d) => firstArticle(d, false), budget: 30 * 1024, lighthouse: true },
  { name: 'article (photos)', path: (d) => firstArticle(d, true), budget: 30 * 1024 },
  { name: 'home', path: () => '/', budget: 60 * 1024, lighthouse: true },
  { name: 'category', path: firstCategory, lighthouse: true },
  { name: 'tag', path: firstTag },
  { name: 'search (empty)', path: () => '/tim-kiem/', lighthouse: true },
];

function kindOf(url: string, contentType: string): Kind {
  if (contentType.includes('html')) return 'html';
  if (contentType.includes('css')) return 'css';
  if (contentType.includes('javascript') || url.endsWith('.js')) return 'js';
  if (contentType.startsWith('font/') || /\.woff2?$/.test(url)) return 'font';
  if (contentType.startsWith('image/')) return 'image';
  return 'other';
}

type Weights = Record<Kind, number> & { requests: number };

async function measure(origin: string, pagePath: string): Promise<Weights> {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const responses: Promise<void>[] = [];
    const weights: Weights = { html: 0, css: 0, js: 0, font: 0, image: 0, other: 0, requests: 0 };
    page.on('requestfinished', (request) => {
      responses.push(
        (async () => {
          const sizes = await request.sizes();
          const response = await request.response();
          const kind = kindOf(request.url(), response?.headers()['content-type'] ?? '');
          weights[kind] += sizes.responseBodySize + sizes.responseHeadersSize;
          weights.requests++;
        })(),
      );
    });
    await page.goto(`${origin}${pagePath}`, { waitUntil: 'networkidle' });
    // Lazy photos below the fold count too (a reader scrolling the page fetches them).
    await page.evaluate(async () => {
      for (const img of document.querySelectorAll('img')) img.loading = 'eager';
      await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)));
    });
    await page.waitForLoadState('networkidle');
    await Promise.all(responses);
    return weights;
  } finally {
    await browser.close();
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const withoutPhotos = (w: Weights) => w.html + w.css + w.js + w.font + w.other;

/** Debian's Chromium with a DevTools port for Lighthouse (it drives the browser through it). */
async function startDebuggableChromium(): Promise<{ port: number; close(): Promise<void> }> {
  const port = await freePort();
  const profile = mkdtempSync(path.join(tmpdir(), 'cema-lighthouse-'));
  const chrome = spawn(
    process.env.CHROME_PATH || CHROMIUM_PATH,
    [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  await new Promise<void>((resolve, reject) => {
    let log = '';
    const timer = setTimeout(
      () => reject(new Error(`Chromium did not open its DevTools port:\n${log}`)),
      60_000,
    );
    chrome.stderr!.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('DevTools listening on')) {
        clearTimeout(timer);
        resolve();
      }
    });
    chrome.once('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${log}`)));
  });
  return {
    port,
    close: async () => {
      chrome.kill();
      await new Promise((resolve) => chrome.once('exit', resolve));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
/** The metrics behind the performance score (ms, CLS unitless). */
const METRICS = [
  ['FCP ms', 'first-contentful-paint'],
  ['LCP ms', 'largest-contentful-paint'],
  ['TBT ms', 'total-blocking-time'],
  ['CLS', 'cumulative-layout-shift'],
  ['SI ms', 'speed-index'],
] as const;

async function lighthouseScores(url: string, port: number): Promise<Record<string, number>> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: CATEGORIES,
  });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const scores: Record<string, number> = {};
  for (const id of CATEGORIES) scores[id] = Math.round((result.lhr.categories[id]?.score ?? 0) * 100);
  for (const [label, audit] of METRICS) {
    const value = result.lhr.audits[audit]?.numericValue;
    if (value !== undefined)
      scores[label] = label === 'CLS' ? Math.round(value * 1000) / 1000 : Math.round(value);
  }
  return scores;
}

async function weighSite(dist: string): Promise<Map<string, { path: string; weights: Weights }>> {
  const nginx: Nginx = await startNginx(dist);
  try {
    const result = new Map<string, { path: string; weights: Weights }>();
    for (const type of PAGE_TYPES) {
      const pagePath = type.path(dist);
      if (!pagePath) continue;
      result.set(type.name, { path: pagePath, weights: await measure(nginx.origin, pagePath) });
    }
    return result;
  } finally {
    await nginx.close();
  }
}

const dist = path.resolve(values.dist);
if (!values['only-lighthouse']) await printWeights();

async function printWeights() {
  const current = await weighSite(dist);
  const baseline = values.baseline ? await weighSite(path.resolve(values.baseline)) : undefined;

  console.log(`Transfer per page type, first visit, as served by deploy/nginx (brotli): ${dist}`);
  console.log(
    ['page', ...KINDS, 'requests', 'without photos', 'budget', ...(baseline ? ['vs baseline'] : [])].join(
      ' | ',
    ),
  );
  for (const type of PAGE_TYPES) {
    const entry = current.get(type.name);
    if (!entry) {
      console.log(`${type.name} | (no such page in this build)`);
      continue;
    }
    const { weights } = entry;
    const total = withoutPhotos(weights);
    const before = baseline?.get(type.name);
    const budget = type.budget ? `${total <= type.budget ? 'within' : 'OVER'} ${kb(type.budget)}` : '—';
    console.log(
      [
        `${type.name} ${entry.path}`,
        ...KINDS.map((k) => kb(weights[k])),
        String(weights.requests),
        kb(total),
        budget,
        ...(baseline
          ? [
              before
                ? `${(total / withoutPhotos(before.weights)).toFixed(2)}× (${kb(withoutPhotos(before.weights))})`
                : '—',
            ]
          : []),
      ].join(' | '),
    );
  }
}

if (!values['no-lighthouse']) {
  const nginx = await startNginx(dist);
  const chrome = await startDebuggableChromium();
  try {
    console.log('\nLighthouse (mobile, simulated throttling):');
    console.log(['page', ...CATEGORIES, ...METRICS.map(([label]) => label)].join(' | '));
    for (const type of PAGE_TYPES.filter((t) => t.lighthouse)) {
      const pagePath = type.path(dist);
      if (!pagePath) continue;
      const scores = await lighthouseScores(`${nginx.origin}${pagePath}`, chrome.port);
      console.log(
        [
          type.name,
          ...[...CATEGORIES, ...METRICS.map(([label]) => label)].map((c) => String(scores[c] ?? '—')),
        ].join(' | '),
      );
    }
  } finally {
    await chrome.close();
    await nginx.close();
  }
}
