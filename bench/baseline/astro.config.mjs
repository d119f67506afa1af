// @ts-check
// The benchmark's yardstick (bench/build.ts): a bare Astro site over the same generated articles,
// with the project's Astro (resolved from the repository's node_modules) and no integrations.
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'https://tin.cema.gov.vn',
  trailingSlash: 'always',
  build: { format: 'directory' },
  outDir: process.env.BASELINE_OUT_DIR || './dist',
  cacheDir: process.env.BASELINE_CACHE_DIR || './node_modules/.astro',
  devToolbar: { enabled: false },
});
