// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { remarkFigures } from './src/lib/markdown/remark-figures.ts';
import { remarkNfc } from './src/lib/markdown/remark-nfc.ts';
import { siteUrl } from './src/site.config.ts';

export default defineConfig({
  site: siteUrl,
  trailingSlash: 'always',
  build: { format: 'directory' },
  outDir: process.env.CEMA_OUT_DIR || './dist',
  // 'jsx' (Astro 7's default) drops the space between inline elements ("Trích nguồn: <a>…");
  // `true` removes only whitespace that cannot change rendering.
  compressHTML: true,
  markdown: {
    // Sätteri (the default) does not run remark plugins; captions need ours.
    processor: unified({ remarkPlugins: [remarkNfc, remarkFigures] }),
  },
  integrations: [mdx()],
  image: {
    // Keep processed images between builds (CI and deploy cache this folder).
    responsiveStyles: true,
  },
  devToolbar: { enabled: false },
});
