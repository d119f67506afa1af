// @ts-check
// The benchmark's yardstick (bench/build.ts): a bare Astro site over the same generated articles,
// with the project's Astro (resolved from the repository's node_modules) and no integrations.
// It stores the content layer in chunks as the project does (experimental.collectionStorage): with
// Astro's single-file default, loading the one data-store module grows quadratically (V8 and long
// string literals), and at 50,000 articles the baseline would measure that rather than Astro.
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://tin.cema.gov.vn',
  trailingSlash: 'always',
  build: { format: 'directory' },
  outDir: process.env.BASELINE_OUT_DIR || './dist',
  cacheDir: process.env.BASELINE_CACHE_DIR || './node_modules/.astro',
  devToolbar: { enabled: false },
  experimental: { collectionStorage: { type: 'chunked', chunkSize: 1024 * 1024 } },
});
