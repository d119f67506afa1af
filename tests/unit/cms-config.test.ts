import path from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  articleCmsFields,
  CAPTIONED_PHOTO_COMPONENT,
  cmsConfig,
  cmsSettingsFromEnv,
  fieldPresentation,
  type CmsField,
} from '../../src/lib/cms/config.ts';
import { parseContentDate } from '../../src/lib/dates.ts';
import { articleFields, articleFrontmatterSchema, FIELD_LABELS } from '../../src/lib/content/schema.ts';
import { readRegistryEntries } from '../../src/lib/content/registries.ts';

const contentDir = path.resolve(import.meta.dirname, '../../content');
const registries = readRegistryEntries(contentDir);
const settings = cmsSettingsFromEnv({ CEMA_CMS_REPO: 'ubdt/cema-news' });

interface Collection {
  folder: string;
  path: string;
  media_folder: string;
  public_folder: string;
  fields: CmsField[];
}

function newsCollection(config: Record<string, unknown>): Collection {
  return (config.collections as Collection[])[0]!;
}

function fieldNamed(fields: CmsField[], name: string): CmsField {
  const field = fields.find((f) => f.name === name);
  if (!field) throw new Error(`no field ${name}`);
  return field;
}

const config = cmsConfig({
  settings,
  registries,
  contentFolder: 'content',
  siteUrl: 'https://tin.cema.gov.vn',
});
const fields = newsCollection(config).fields;
const localConfig = cmsConfig({
  settings: cmsSettingsFromEnv({ CEMA_CMS_PROXY_URL: 'http://127.0.0.1:8081/api/v1' }),
  registries,
  contentFolder: 'content',
  siteUrl: 'https://tin.cema.gov.vn',
});

describe('cmsConfig on the real schema and registries', () => {
  it('has one field per front-matter field, in the schema order, then the body', () => {
    const schemaFields = Object.keys(articleFrontmatterSchema.shape);
    expect(fields.map((f) => f.name).sort()).toEqual([...schemaFields, 'body'].sort());
    expect(fields.at(-1)!.name).toBe('body');
    expect(fields.slice(0, 3).map((f) => f.name)).toEqual(['title', 'lede', 'publishedAt']);
    // The cover sits beside its alt text, not last where Astro's collection schema adds it.
    const names = fields.map((f) => f.name);
    expect(names.indexOf('coverAlt') - names.indexOf('cover')).toBe(1);
  });

  it('labels every field in Vietnamese from the schema and gives each a hint of its own', () => {
    const presentation = fieldPresentation(registries, { editorial: true });
    for (const field of fields) {
      if (field.name === 'body') continue;
      const label = FIELD_LABELS[field.name]!;
      expect(field.label.toLocaleLowerCase('vi'), field.name).toBe(label);
      expect(
        presentation[field.name]?.hint,
        `${field.name} needs a hint in src/lib/cms/config.ts`,
      ).toBeTruthy();
      expect(field.hint).toBe(presentation[field.name]!.hint);
    }
  });

  it('marks required exactly the fields the schema requires', () => {
    const required = fields.filter((f) => f.required).map((f) => f.name);
    expect(required.sort()).toEqual(['category', 'lede', 'publishedAt', 'title']);
  });

  it('offers every category and every source of the registries, in file order', () => {
    const category = fieldNamed(fields, 'category');
    expect(category.widget).toBe('select');
    expect(category.options!.map((o) => o.value)).toEqual(registries.categories.map((c) => c.id));
    expect(category.options![0]!.label).toBe('Hoạt động ban (hoat-dong-ban)');
    const source = fieldNamed(fields, 'source');
    const sourceId = fieldNamed(source.fields!, 'id');
    expect(sourceId.options!.map((o) => o.value)).toEqual([
      'bao-dan-toc',
      'tap-chi-dan-toc',
      'bao-chinh-phu',
    ]);
    expect(fieldNamed(source.fields!, 'kind').options!.map((o) => o.value)).toEqual(['trich-nguon', 'theo']);
  });

  it('never writes a default inside the optional source (it would be invalid without id or name)', () => {
    const source = fieldNamed(fields, 'source');
    expect(source.required).toBe(false);
    for (const sub of source.fields!) {
      expect(sub.default, sub.name).toBeUndefined();
      expect(sub.required, sub.name).toBe(false);
    }
  });

  it('writes dates the schema reads as Vietnam time, defaulting to now', () => {
    const published = fieldNamed(fields, 'publishedAt');
    expect(published.widget).toBe('datetime');
    expect(published.default).toBe('{{now}}');
    expect(published.format).toBe('YYYY-MM-DDTHH:mm:ssZ');
    // What dayjs writes for that format in a browser set to Vietnam time:
    const written = '2026-12-02T03:27:00+07:00';
    expect(parseContentDate(written).date.toISOString()).toBe('2026-12-01T20:27:00.000Z');
    expect(fieldNamed(fields, 'updatedAt').required).toBe(false);
  });

  it('starts an article as a draft when saving writes the files, not when the workflow holds it back', () => {
    expect(fieldNamed(newsCollection(localConfig).fields, 'draft')).toMatchObject({
      widget: 'boolean',
      default: true,
    });
    expect(fieldNamed(fields, 'draft')).toMatchObject({ widget: 'boolean', default: false });
    expect(fieldNamed(fields, 'draft').hint).toContain('Công bố');
  });

  it('has tags as a list of strings, legacy data kept but hidden', () => {
    const tags = fieldNamed(fields, 'tags');
    expect(tags.widget).toBe('list');
    expect(tags.field).toMatchObject({ widget: 'string', pattern: ['^[\\s\\S]{0,80}$', 'tối đa 80 ký tự'] });
    expect(fieldNamed(fields, 'featured')).toMatchObject({ widget: 'boolean', default: false });
    expect(fieldNamed(fields, 'legacy').widget).toBe('hidden');
    expect(fieldNamed(fields, 'cover').widget).toBe('image');
    expect(fieldNamed(fields, 'lede').widget).toBe('text');
  });

  it('limits text to the schema maximum', () => {
    expect(fieldNamed(fields, 'title').pattern).toEqual(['^[\\s\\S]{0,300}$', 'tối đa 300 ký tự']);
    expect(new RegExp(fieldNamed(fields, 'title').pattern![0]).test('a'.repeat(301))).toBe(false);
  });

  it('explains the caption syntax on the body and offers the captioned-photo component', () => {
    const body = fieldNamed(fields, 'body');
    expect(body.widget).toBe('markdown');
    expect(body.hint).toContain('Ảnh có chú thích');
    expect(body.hint).toContain('(Ảnh: Tên)');
    expect(body.editor_components).toContain(CAPTIONED_PHOTO_COMPONENT);
  });

  it('stores each article as content/news/<year>/<slug>/index.md with its photos beside it', () => {
    const news = newsCollection(config);
    expect(news.folder).toBe('content/news');
    expect(news.path).toBe('{{year}}/{{slug}}/index');
    expect(news).toMatchObject({
      media_folder: '',
      public_folder: '',
      extension: 'md',
      format: 'yaml-frontmatter',
    });
    expect(config.slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
    expect(config.omit_empty_optional_fields).toBe(true);
    expect(config.locale).toBe('vi');
  });

  it('survives a YAML round trip (it is served as /admin/config.yml)', async () => {
    const { stringify } = await import('yaml');
    expect(parse(stringify(config))).toEqual(config);
  });
});

describe('generated, not duplicated', () => {
  it('a field added to the schema appears with a widget inferred from its type', () => {
    const extended = z.object({
      ...articleFields,
      location: z.string().max(90).optional(),
      pinned: z.boolean().default(false),
      rank: z.enum(['a', 'b']),
      stamps: z.array(z.string()).default([]),
    });
    const generated = articleCmsFields(registries, extended);
    expect(fieldNamed(generated, 'location')).toMatchObject({ widget: 'string', required: false });
    expect(fieldNamed(generated, 'location').hint).toBe('Trường "location".');
    expect(fieldNamed(generated, 'pinned')).toMatchObject({ widget: 'boolean', default: false });
    expect(fieldNamed(generated, 'rank').options).toEqual([
      { label: 'a', value: 'a' },
      { label: 'b', value: 'b' },
    ]);
    expect(fieldNamed(generated, 'stamps')).toMatchObject({ widget: 'list', required: false });
  });

  it('a category added to the registry appears in the select', () => {
    const more = {
      ...registries,
      categories: [...registries.categories, { id: 'tin-moi', name: 'Tin mới' }],
    };
    const category = fieldNamed(articleCmsFields(more), 'category');
    expect(category.options!.at(-1)).toEqual({ label: 'Tin mới (tin-moi)', value: 'tin-moi' });
  });

  it('a registered author is offered by id in the author hint; the field stays free text', () => {
    const more = { ...registries, authors: [{ id: 'minh-thu', name: 'Minh Thu' }] };
    const author = fieldNamed(articleCmsFields(more), 'author');
    expect(author.widget).toBe('string');
    expect(author.hint).toContain('content/authors.yaml');
    expect(author.hint).toContain(': minh-thu (Minh Thu);');
    expect(fieldNamed(articleCmsFields(registries), 'author').hint).not.toContain('(Minh Thu)');
  });
});

describe('backends', () => {
  it('production uses the Git host with the editorial workflow (draft → review → publish)', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toMatchObject({ name: 'github', repo: 'ubdt/cema-news', branch: 'main' });
    expect(config).not.toHaveProperty('local_backend');
  });

  it('GitLab with PKCE login and a self-hosted instance', () => {
    const gitlab = cmsSettingsFromEnv({
      CEMA_CMS_BACKEND: 'gitlab',
      CEMA_CMS_REPO: 'ubdt/cema-news',
      CEMA_CMS_API_ROOT: 'https://git.cema.gov.vn/api/v4',
      CEMA_CMS_BASE_URL: 'https://git.cema.gov.vn',
      CEMA_CMS_APP_ID: 'abc123',
    });
    const generated = cmsConfig({
      settings: gitlab,
      registries,
      contentFolder: 'content',
      siteUrl: 'https://x.vn',
    });
    expect(generated.backend).toMatchObject({
      name: 'gitlab',
      api_root: 'https://git.cema.gov.vn/api/v4',
      base_url: 'https://git.cema.gov.vn',
      app_id: 'abc123',
      auth_type: 'pkce',
    });
    expect(generated.publish_mode).toBe('editorial_workflow');
  });

  it('Gitea has no editorial workflow in Decap: saving publishes', () => {
    const gitea = cmsSettingsFromEnv({ CEMA_CMS_BACKEND: 'gitea', CEMA_CMS_REPO: 'a/b' });
    const generated = cmsConfig({
      settings: gitea,
      registries,
      contentFolder: 'content',
      siteUrl: 'https://x.vn',
    });
    expect(generated).not.toHaveProperty('publish_mode');
  });

  it('`npm run cms` points the editor at decap-server, which writes the files directly', () => {
    const local = cmsSettingsFromEnv({ CEMA_CMS_PROXY_URL: 'http://127.0.0.1:8081/api/v1' });
    const generated = cmsConfig({
      settings: local,
      registries,
      contentFolder: 'noi-dung',
      siteUrl: 'https://x.vn',
    });
    expect(generated.local_backend).toEqual({
      url: 'http://127.0.0.1:8081/api/v1',
      allowed_hosts: ['localhost', '127.0.0.1'],
    });
    expect(generated).not.toHaveProperty('publish_mode');
    expect(newsCollection(generated).folder).toBe('noi-dung/news');
  });

  it('decap-server in git mode rehearses the editorial workflow offline', () => {
    const local = cmsSettingsFromEnv({
      CEMA_CMS_PROXY_URL: 'http://127.0.0.1:8081/api/v1',
      CEMA_CMS_PROXY_MODE: 'git',
    });
    const generated = cmsConfig({
      settings: local,
      registries,
      contentFolder: 'content',
      siteUrl: 'https://x.vn',
    });
    expect(generated.publish_mode).toBe('editorial_workflow');
  });

  it('rejects an unknown backend in Vietnamese', () => {
    expect(() => cmsSettingsFromEnv({ CEMA_CMS_BACKEND: 'svn' })).toThrow(/github, gitlab hoặc gitea/);
  });
});
