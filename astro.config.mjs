// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { remarkFigures } from './src/lib/markdown/remark-figures.ts';
import { remarkNfc } from './src/lib/markdown/remark-nfc.ts';
import { remarkVideo } from './src/lib/markdown/remark-video.ts';
import { rehypeImageSlots } from './src/lib/markdown/rehype-image-slots.ts';
import { remarkMdxComponents } from './src/lib/markdown/remark-mdx-components.ts';
import { remarkSatteriParse } from './src/lib/markdown/remark-satteri-parse.ts';
import { cacheDir, siteUrl } from './src/site.config.ts';
import pagefind from './src/integrations/pagefind.ts';
import deploy from './src/integrations/deploy.ts';

// Sätteri (Astro's default processor) does not run remark plugins; captions need ours. SmartyPants
// is off: Vietnamese text arrives with its own typography, and "..." must stay as the source wrote it.
// remarkVideo first: a local MP4 written as an image must never reach the photo steps.
const articlePipeline = {
  remarkPlugins: [remarkNfc, remarkVideo, remarkFigures, remarkMdxComponents],
  rehypePlugins: [rehypeImageSlots],
  smartypants: false,
};

export default defineConfig({
  site: siteUrl,
  trailingSlash: 'always',
  // Stylesheets always as files in /_astro/: cached once (immutable) instead of inlined into every
  // page, and the pages need no 'unsafe-inline' nor style hashes under the strict CSP (deploy/).
  build: { format: 'directory', inlineStylesheets: 'never' },
  outDir: process.env.CEMA_OUT_DIR || './dist',
  cacheDir,
  // 'jsx' (Astro 7's default) drops the space between inline elements ("Trích nguồn: <a>…");
  // `true` removes only whitespace that cannot change rendering.
  compressHTML: true,
  markdown: {
    // The same plugins, the Markdown parsed by Sätteri's native parser (the same mdast, a fraction
    // of remark-parse's time: src/lib/markdown/remark-satteri-parse.ts).
    processor: unified({
      ...articlePipeline,
      remarkPlugins: [remarkSatteriParse, ...articlePipeline.remarkPlugins],
    }),
  },
  // Photos are optimised by sharp into <picture>s we build ourselves (src/lib/images.ts), so
  // Astro's `image.layout`/responsive styles stay off. AVIF at effort 2 instead of sharp's 4:
  // about 5× faster to encode for slightly larger files — it decides a cold build's length.
  image: {
    service: { entrypoint: 'astro/assets/services/sharp', config: { avif: { effort: 2 } } },
  },
  // Sitemaps and robots.txt are endpoints (src/pages, from src/data/sitemap.ts).
  // pagefind() indexes the finished pages in astro:build:done (src/integrations/pagefind.ts).
  integrations: [
    // MDX keeps remark-parse: Sätteri's parser above reads plain Markdown only.
    mdx({ processor: unified(articlePipeline) }),
    pagefind(),
    // deploy() after pagefind(): redirects, the checked CSP and .gz/.br files over the whole site.
    deploy(),
  ],
  devToolbar: { enabled: false },
  // JSON schemas of the collections + a file→collection manifest in .astro/collections/: the Astro
  // VS Code extension ("astro.content-intellisense" in .vscode/settings.json) completes and checks front matter.
  // incrementalBuild: an article page whose cache key (src/data/page-cache.ts) and template code
  // are unchanged is copied from the previous build's cache (cacheDir) instead of rendered again;
  // `--force` (and a new config or lock file) renders everything.
  // collectionStorage: the content store goes into the build as 1 MiB string modules, not one:
  // V8 takes time quadratic in a string literal's length to load it (a 40 MB literal 18 s, 1 MB
  // 0.05 s), and the single 297 MB module of 50,000 articles took ~10 min before the first page.
  // patches/astro+7.3.5.patch: Astro's chunk writer ran a TextEncoder per character (10,000
  // articles: 150 s of CPU syncing instead of 35); counted from char codes, the same chunks.
  experimental: {
    contentIntellisense: true,
    incrementalBuild: true,
    collectionStorage: { type: 'chunked', chunkSize: 1024 * 1024 },
  },
  // `npm run dev` watches the project: never the built sites and benchmark corpora (tens of thousands
  // of files exhaust inotify watchers and stall the preview).
  // assetsInlineLimit 0: Vite would otherwise inline small scripts (the print button) into each page
  // and small assets as data: URLs — both refused by the strict CSP the deploy configs send.
  vite: {
    build: { assetsInlineLimit: 0 },
    server: { watch: { ignored: ['**/dist/**', '**/.dist-*/**', '**/.bench/**', '**/coverage/**'] } },
  },
  // View counts are configured by CEMA_VIEWS_* (src/lib/views/source.ts viewsConfigFromEnv; README "View counts").
});
