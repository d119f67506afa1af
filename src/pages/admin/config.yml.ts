import type { APIRoute } from 'astro';
import { stringify } from 'yaml';
import { buildCmsConfig } from './_cms.ts';

/** Decap CMS reads config.yml beside its page; generated from the schema and the registries. */
export const GET: APIRoute = () =>
  new Response(
    '# Tạo tự động khi build từ src/lib/content/schema.ts, categories.yaml và sources.yaml: đừng sửa tay.\n' +
      stringify(buildCmsConfig(), { lineWidth: 0 }),
    { headers: { 'Content-Type': 'text/yaml; charset=utf-8' } },
  );
