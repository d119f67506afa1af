// Check that every internal reference in a built site resolves to a file in it, and that every
// `#fragment` names an element on the target page.
// Usage: node scripts/check-links.ts [dist] [--site https://tin.cema.gov.vn]   — exits 1 if any is broken.
// Without --site, $CEMA_SITE_URL is used; with neither, absolute URLs count as external.
import { statSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { Parser } from 'htmlparser2';
import { urlOfBuiltFile } from '../src/lib/urls.ts';
import parseSrcsetCandidates from 'parse-srcset';

export interface BrokenLink {
  /** Page the reference is on, relative to dist (e.g. `tin-tuc/abc/index.html`). */
  page: string;
  /** Where it came from, e.g. `a[href]`, `img[srcset]`. */
  attr: string;
  ref: string;
  reason: string;
}

export interface CheckLinksOptions {
  /** Site origin; absolute URLs with it are internal (e.g. canonical, og:image). */
  site?: string;
  /** References to skip (matched against the raw attribute value). */
  ignore?: RegExp[];
}

export interface CheckLinksResult {
  pages: number;
  /** Internal references checked (each occurrence). */
  checked: number;
  broken: BrokenLink[];
}

// Placeholder origin when no --site is given: never equal to a real absolute URL's origin.
const LOCAL_ORIGIN = 'http://internal.invalid';

/** `srcset` candidates' URLs, parsed as the HTML standard says (parse-srcset). */
export function parseSrcset(value: string): string[] {
  return parseSrcsetCandidates(value).map((candidate) => candidate.url);
}

interface Ref {
  attr: string;
  ref: string;
}

/** Parse one page: its references, its ids (and `a[name]`s) and an optional `<base href>`. */
function parsePage(html: string): { refs: Ref[]; ids: Set<string>; base?: string } {
  const refs: Ref[] = [];
  const ids = new Set<string>();
  let base: string | undefined;
  const parser = new Parser(
    {
      onopentag(name, a) {
        if (a.id !== undefined) ids.add(a.id);
        const add = (attr: string) => {
          const v = a[attr];
          if (v !== undefined) refs.push({ attr: `${name}[${attr}]`, ref: v.trim() });
        };
        switch (name) {
          case 'a':
            if (a.name !== undefined) ids.add(a.name);
            add('href');
            break;
          case 'link':
          case 'area':
            add('href');
            break;
          case 'base':
            if (a.href !== undefined && base === undefined) base = a.href;
            break;
          case 'img':
          case 'source':
            add('src');
            if (a.srcset !== undefined)
              for (const u of parseSrcset(a.srcset)) refs.push({ attr: `${name}[srcset]`, ref: u });
            break;
          case 'script':
          case 'iframe':
            add('src');
            break;
          case 'video':
            add('src');
            add('poster');
            break;
          case 'track':
            add('src');
            break;
          case 'meta':
            // Social preview images are absolute URLs and break silently: check them too.
            if (a.property === 'og:image' || a.name === 'twitter:image')
              refs.push({
                attr: `meta[${a.property ? 'property' : 'name'}=${a.property ?? a.name}]`,
                ref: (a.content ?? '').trim(),
              });
            break;
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return { refs, ids, base };
}

/** Check all internal references of the site built in `dir`. */
export async function checkLinks(dir: string, opts: CheckLinksOptions = {}): Promise<CheckLinksResult> {
  const root = resolve(dir);
  const origin = opts.site ? new URL(opts.site).origin : LOCAL_ORIGIN;

  // Existence cache keyed by dist-relative path: memory grows with distinct targets, not links.
  const kinds = new Map<string, 'file' | 'dir' | null>();
  const kind = (rel: string) => {
    let k = kinds.get(rel);
    if (k === undefined) {
      try {
        const st = statSync(join(root, rel));
        k = st.isFile() ? 'file' : st.isDirectory() ? 'dir' : null;
      } catch {
        k = null;
      }
      kinds.set(rel, k);
    }
    return k;
  };

  /** URL path → dist file (relative, '/'-separated), or null. */
  const resolveFile = (path: string): string | null => {
    const rel = path.replace(/^\/+/, '');
    if (rel.split('/').includes('..')) return null;
    if (rel === '' || rel.endsWith('/'))
      return kind(rel + 'index.html') === 'file' ? rel + 'index.html' : null;
    if (kind(rel) === 'file') return rel;
    if (kind(rel + '.html') === 'file') return rel + '.html';
    if (kind(rel + '/index.html') === 'file') return rel + '/index.html';
    return null;
  };

  const files = (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name).slice(root.length + 1))
    .sort();
  if (files.length === 0) throw new Error(`No .html files under ${root}: build the site first.`);

  const broken: BrokenLink[] = [];
  let checked = 0;
  // Cross-page fragments are checked after the pass, so each page is parsed once. Ids are kept
  // as one NUL-joined string per page (compact), and pending checks are grouped by target and id.
  const idsByPage = new Map<string, string>();
  const pending = new Map<string, Map<string, { page: string; attr: string; ref: string }[]>>();

  const checkPage = (relPage: string, html: string) => {
    const page = relPage.split(sep).join('/');
    const { refs, ids, base } = parsePage(html);
    idsByPage.set(page, ids.size ? `\0${[...ids].join('\0')}\0` : '');
    const pageUrl = new URL(urlOfBuiltFile(relPage), origin);
    let baseUrl = pageUrl;
    try {
      if (base) baseUrl = new URL(base, pageUrl);
    } catch {
      broken.push({ page, attr: 'base[href]', ref: base!, reason: 'invalid URL' });
    }
    for (const { attr, ref } of refs) {
      if (opts.ignore?.some((re) => re.test(ref))) continue;
      let url: URL;
      try {
        url = new URL(ref, baseUrl);
      } catch {
        broken.push({ page, attr, ref, reason: 'invalid URL' });
        continue;
      }
      if (url.origin !== origin || (url.protocol !== 'http:' && url.protocol !== 'https:')) continue; // external / mailto: / data:
      checked++;
      let path: string;
      try {
        path = decodeURIComponent(url.pathname);
      } catch {
        broken.push({ page, attr, ref, reason: 'malformed percent-encoding' });
        continue;
      }
      const target = resolveFile(path);
      if (!target) {
        broken.push({ page, attr, ref, reason: `no file for ${path}` });
        continue;
      }
      // Fragments: `#` and `#top` always work (HTML spec); text fragments are not ids.
      const hash = url.hash.slice(1);
      if (!hash || hash.startsWith(':~:') || !target.endsWith('.html')) continue;
      let id: string;
      try {
        id = decodeURIComponent(hash);
      } catch {
        id = hash;
      }
      if (id.toLowerCase() === 'top') continue;
      if (target === page) {
        if (!ids.has(id) && !ids.has(hash))
          broken.push({ page, attr, ref, reason: `no element with id="${id}" on this page` });
      } else {
        let byId = pending.get(target);
        if (!byId) pending.set(target, (byId = new Map()));
        let sources = byId.get(id);
        if (!sources) byId.set(id, (sources = []));
        // Copy `ref`: parser substrings can pin the whole page's HTML in memory (V8 sliced strings).
        sources.push({ page, attr, ref: Buffer.from(ref).toString() });
      }
    }
  };

  // Read ahead a few files while parsing (parsing is synchronous CPU work).
  const READ_AHEAD = 16;
  const reads: Promise<string>[] = [];
  for (let i = 0; i < files.length; i++) {
    for (let j = reads.length; j < Math.min(files.length, i + READ_AHEAD); j++)
      reads.push(readFile(join(root, files[j]!), 'utf8'));
    const html = await reads[i]!;
    delete reads[i]; // let the text be collected
    checkPage(files[i]!, html);
  }

  for (const [target, byId] of pending) {
    const ids = idsByPage.get(target) ?? '';
    for (const [id, sources] of byId) {
      if (ids.includes(`\0${id}\0`)) continue;
      for (const s of sources) broken.push({ ...s, reason: `no element with id="${id}" on ${target}` });
    }
  }
  broken.sort((a, b) => a.page.localeCompare(b.page));
  return { pages: files.length, checked, broken };
}

/** Broken links grouped by page. */
export function formatBroken(broken: BrokenLink[]): string {
  const out: string[] = [];
  let current = '';
  for (const b of broken) {
    if (b.page !== current) out.push(`\n${(current = b.page)}`);
    out.push(`  ${b.attr} "${b.ref}": ${b.reason}`);
  }
  return out.join('\n');
}

if (import.meta.main) {
  const args = process.argv.slice(2);
  let dir = 'dist';
  // Same variable the build reads for its origin (src/site.config.ts), so absolute links are checked.
  let site: string | undefined = process.env.CEMA_SITE_URL || undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--site') site = args[++i];
    else if (a.startsWith('--site=')) site = a.slice('--site='.length);
    else dir = a;
  }
  const started = performance.now();
  try {
    const r = await checkLinks(dir, { site });
    const secs = ((performance.now() - started) / 1000).toFixed(1);
    if (r.broken.length) {
      console.error(`Broken links:${formatBroken(r.broken)}\n`);
      console.error(
        `check-links: ${r.broken.length} broken of ${r.checked} internal reference(s) in ${r.pages} page(s) (${secs}s)`,
      );
      process.exitCode = 1;
    } else {
      console.log(
        `check-links: ${r.checked} internal reference(s) in ${r.pages} page(s) all resolve (${secs}s)`,
      );
    }
  } catch (err) {
    console.error(`check-links: ${(err as Error).message}`);
    process.exitCode = 1;
  }
}
