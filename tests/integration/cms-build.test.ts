/**
 * The browser editor in the fixture site's production build: /admin/ carries the configuration
 * generated from the schema and the registries, its own relaxed CSP, and is kept out of the
 * sitemap, robots.txt and the search index; no reader page references its bundle.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { cmsConfig, cmsSettingsFromEnv } from '../../src/lib/cms/config.ts';
import { adminContentSecurityPolicy } from '../../src/lib/cms/csp.ts';
import { readRegistryEntries } from '../../src/lib/content/registries.ts';
import { loadPage } from '../support/html.ts';

const site = inject('site');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(site.dist, path.join(entry.parentPath, entry.name)));
}

describe('/admin/ in the build', () => {
  const admin = loadPage(site.dist, '/admin/');

  it('serves the configuration generated from the schema and this content folder’s registries', () => {
    const served = parse(readFileSync(path.join(site.dist, 'admin/config.yml'), 'utf8'));
    expect(served).toEqual(
      cmsConfig({
        settings: cmsSettingsFromEnv({}),
        registries: readRegistryEntries(site.contentDir),
        contentFolder: path.basename(site.contentDir),
        siteUrl: site.siteUrl,
      }),
    );
  });

  it('has its own CSP (the only page allowed eval), is not indexed and not searchable', () => {
    const csp = admin.one('meta[http-equiv="Content-Security-Policy"]').properties.content;
    expect(csp).toBe(adminContentSecurityPolicy(cmsSettingsFromEnv({}), { meta: true }));
    expect(admin.one('meta[name="robots"]').properties.content).toBe('noindex, nofollow');
    expect(admin.maybe('[data-pagefind-body]')).toBeUndefined();
    expect(readFileSync(path.join(site.dist, 'robots.txt'), 'utf8')).toContain('Disallow: /admin/');
    const sitemaps = readdirSync(site.dist).filter((name) => /^sitemap.*\.xml$/.test(name));
    expect(sitemaps.length).toBeGreaterThan(1);
    for (const name of sitemaps)
      expect(readFileSync(path.join(site.dist, name), 'utf8')).not.toContain('/admin');
  });

  it('loads one bundle that no other page references, directly or through another script', () => {
    const scripts = admin.all('script[src]').map((s) => String(s.properties.src));
    expect(scripts).toHaveLength(1);
    const bundle = path.basename(scripts[0]!);
    const others = htmlFiles(site.dist).filter((file) => !file.startsWith('admin/'));
    expect(others.length).toBeGreaterThan(40);
    for (const file of others) {
      const html = readFileSync(path.join(site.dist, file), 'utf8');
      expect(html, file).not.toContain(bundle);
      for (const [, src] of html.matchAll(/<script[^>]*\ssrc="(\/_astro\/[^"]+)"/g)) {
        expect(readFileSync(path.join(site.dist, src!), 'utf8'), `${file} → ${src}`).not.toContain(bundle);
      }
    }
  });
});
