/**
 * The browser editor's configuration (Decap CMS, served at /admin/), generated from the article
 * schema (src/lib/content/schema.ts) and the registries (categories.yaml, sources.yaml): the
 * schema owns which fields exist and what they accept, this module owns only how each field is
 * presented to staff (widget, Vietnamese hint). A field added to the schema appears in the editor
 * with a widget inferred from its type; a category added to categories.yaml appears in the select.
 */
import type { z } from 'astro/zod';
import { articleFrontmatterSchema, FIELD_LABELS } from '../content/schema.ts';
import type { RegistryChoice } from '../content/registries.ts';

/** The subset of Decap's field options this site uses. */
export interface CmsField {
  name: string;
  label: string;
  widget: string;
  hint?: string;
  required?: boolean;
  default?: unknown;
  options?: { label: string; value: string }[];
  fields?: CmsField[];
  field?: CmsField;
  pattern?: [string, string];
  collapsed?: boolean;
  [option: string]: unknown;
}

export type CmsBackendName = 'github' | 'gitlab' | 'gitea';

/** Where the production editor commits (README "Browser editor"). */
export interface CmsBackendSettings {
  name: CmsBackendName;
  /** "owner/name" of the site's repository. */
  repo?: string;
  branch: string;
  /** API of a self-hosted GitLab/Gitea (e.g. https://git.example.vn/api/v1). */
  apiRoot?: string;
  /** OAuth server (GitHub) or the GitLab/Gitea instance (PKCE login). */
  baseUrl?: string;
  authEndpoint?: string;
  /** OAuth application id (GitLab, Gitea: PKCE login without a server). */
  appId?: string;
}

export interface CmsSettings {
  backend: CmsBackendSettings;
  /** decap-server's API (`npm run cms`): when set, the editor writes to the local files. */
  localProxyUrl?: string;
  /**
   * decap-server's mode: "fs" writes the files; "git" commits to the local repository with the
   * editorial workflow (one branch per article), to rehearse draft → review → publish offline.
   */
  localProxyMode?: 'fs' | 'git';
}

export interface CmsConfigInput {
  settings: CmsSettings;
  registries: {
    categories: readonly RegistryChoice[];
    sources: readonly RegistryChoice[];
    /** content/authors.yaml: their ids are offered in the author field's hint. */
    authors?: readonly RegistryChoice[];
  };
  /** The content folder's path inside the repository (the proxy's root), e.g. "content". */
  contentFolder: string;
  siteUrl: string;
}

/** Front-matter format of the date widget: the instant with its offset, e.g. 2022-02-09T14:54:00+07:00. */
export const CMS_DATETIME_FORMAT = 'YYYY-MM-DDTHH:mm:ssZ';

/** The body's Markdown editor component that writes a photo with its caption and credit. */
export const CAPTIONED_PHOTO_COMPONENT = 'anh-chu-thich';

/** A field's presentation: Decap options over the inferred ones; `fields` per sub-field of an object. */
export interface Presentation extends Omit<Partial<CmsField>, 'fields'> {
  hint?: string;
  fields?: Record<string, Presentation>;
}

/**
 * How each schema field is presented; its label comes from the schema's FIELD_LABELS. A schema
 * field missing here still appears (widget from its type, a generic hint): the unit test then
 * asks for a hint.
 */
export function fieldPresentation(
  registries: CmsConfigInput['registries'],
  { editorial = false }: { editorial?: boolean } = {},
): Record<string, Presentation> {
  const select = (entries: readonly RegistryChoice[]) =>
    entries.map((entry) => ({ label: `${entry.name} (${entry.id})`, value: entry.id }));
  return {
    title: {
      hint: 'Tiêu đề bài viết, tối đa 300 ký tự (nên dưới 110 để hiện đủ trên Google). Địa chỉ bài (/tin-tuc/…/) được tạo từ tiêu đề khi lưu lần đầu, bỏ dấu (đ → d), và không đổi sau đó.',
    },
    lede: {
      widget: 'text',
      hint: 'Sapo: một đoạn tóm tắt hiện dưới tiêu đề, trong danh sách tin và khi chia sẻ lên mạng xã hội.',
    },
    publishedAt: {
      default: '{{now}}',
      hint: 'Ngày giờ đăng theo giờ Việt Nam (GMT+7). Bài đặt giờ trong tương lai chỉ hiện sau thời điểm đó (ở lần build kế tiếp).',
    },
    updatedAt: { hint: 'Chỉ điền khi sửa nội dung quan trọng sau khi đã đăng (giờ Việt Nam).' },
    category: {
      widget: 'select',
      options: select(registries.categories),
      hint: 'Chuyên mục của bài. Danh sách lấy từ content/categories.yaml.',
    },
    tags: {
      hint: 'Từ khóa (mỗi dòng một từ khóa, có dấu), ví dụ "Chương trình MTQG". Mỗi từ khóa có trang riêng /tu-khoa/…/.',
    },
    author: {
      hint: `Mã tác giả đã đăng ký trong content/authors.yaml (bài sẽ dẫn đến trang /tac-gia/<mã>/)${
        registries.authors?.length
          ? `: ${registries.authors.map((a) => `${a.id} (${a.name})`).join(', ')}`
          : ''
      }; hoặc gõ tên tác giả, nhóm phóng viên khác. Để trống nếu bài của cơ quan.`,
    },
    cover: {
      widget: 'image',
      hint: 'Ảnh bìa (không bắt buộc): hiện trên đầu bài (16:9), trong danh sách tin và khi chia sẻ. Ảnh được lưu cạnh bài viết.',
    },
    coverAlt: {
      hint: 'Mô tả ảnh bìa cho người khiếm thị (bắt buộc khi có ảnh bìa): ảnh cho thấy gì, không lặp lại tiêu đề.',
    },
    source: {
      collapsed: true,
      hint: 'Chỉ điền khi bài lấy từ báo khác: chọn một nguồn đã đăng ký, HOẶC gõ tên nguồn khác (không điền cả hai).',
      fields: {
        id: {
          widget: 'select',
          options: select(registries.sources),
          label: 'Nguồn đã đăng ký',
          hint: 'Danh sách lấy từ content/sources.yaml.',
        },
        name: { label: 'Tên nguồn khác', hint: 'Chỉ khi nguồn không có trong danh sách trên.' },
        url: { label: 'Địa chỉ bài gốc', hint: 'URL đầy đủ, bắt đầu bằng https://' },
        kind: {
          label: 'Kiểu ghi nguồn',
          options: [
            { label: 'Trích nguồn: … (mặc định)', value: 'trich-nguon' },
            { label: 'Theo: …', value: 'theo' },
          ],
          hint: '"Trích nguồn" khi đăng lại một phần; "Theo" khi đăng lại toàn bài.',
        },
      },
    },
    // With the editorial workflow an unpublished article is a branch, off the site already: a
    // draft flag left on would hide it after "Công bố". Saved straight to the files, draft protects.
    draft: editorial
      ? {
          hint: 'Để tắt: bài chỉ lên trang khi được "Công bố" trong Quy trình biên tập. Bật chỉ khi muốn công bố vào kho mà vẫn ẩn bài.',
          default: false,
        }
      : {
          hint: 'Bật: bản nháp, không xuất hiện trên trang (chỉ thấy khi xem thử). Tắt khi bài đã sẵn sàng đăng.',
          default: true,
        },
    featured: { hint: 'Tin nổi bật: ưu tiên hiện ở đầu trang chủ.' },
    attachments: {
      hint: 'Văn bản đính kèm (quyết định, kế hoạch…): tệp PDF, DOC, DOCX, XLS, XLSX, ODT hoặc ZIP, lưu cạnh bài viết; hiện trong khung "Văn bản đính kèm" cuối bài và trong RSS.',
      summary: '{{fields.title}}',
      fields: {
        title: { label: 'Tên văn bản', hint: 'Ví dụ: Quyết định số 98/QĐ-UBDT ngày 09/02/2022.' },
        file: {
          label: 'Tệp',
          widget: 'file',
          hint: 'Tên tệp chữ thường không dấu, vd. qd-98-ubdt.pdf (là một phần địa chỉ tải về).',
        },
      },
    },
    legacy: {
      widget: 'hidden',
      hint: 'Dữ liệu do công cụ nhập từ cổng cũ ghi (lượt xem cũ, địa chỉ cũ); giữ nguyên, không sửa.',
    },
  };
}

/** The body field: Markdown with the site's caption syntax explained. */
export function bodyField(): CmsField {
  return {
    name: 'body',
    label: 'Nội dung',
    widget: 'markdown',
    hint:
      'Chèn ảnh bằng nút "+" → "Ảnh có chú thích": ảnh được lưu cạnh bài viết, chú thích là dòng in nghiêng ngay dưới ảnh, ' +
      '"(Ảnh: Tên)" ở cuối chú thích là tên tác giả ảnh. Mô tả ảnh (alt) là bắt buộc.',
    editor_components: [CAPTIONED_PHOTO_COMPONENT, 'code-block'],
    sanitize_preview: true,
  };
}

interface ZodNode {
  def: {
    type: string;
    innerType?: ZodNode;
    defaultValue?: unknown;
    in?: ZodNode;
    out?: ZodNode;
    options?: ZodNode[];
    element?: ZodNode;
    shape?: Record<string, ZodNode>;
    entries?: Record<string, string>;
  };
  maxLength?: number | null;
  minLength?: number | null;
}

interface Unwrapped {
  node: ZodNode;
  required: boolean;
  defaultValue?: unknown;
}

function unwrap(node: ZodNode): Unwrapped {
  let required = true;
  let defaultValue: unknown;
  for (;;) {
    if (node.def.type === 'optional' && node.def.innerType) {
      required = false;
      node = node.def.innerType;
    } else if (node.def.type === 'default' && node.def.innerType) {
      required = false;
      const value = node.def.defaultValue;
      defaultValue = typeof value === 'function' ? (value as () => unknown)() : value;
      node = node.def.innerType;
    } else return { node, required, defaultValue };
  }
}

/** A transform over a union that accepts Date objects is a date (contentDate in the schema). */
function isDate(node: ZodNode): boolean {
  if (node.def.type === 'date') return true;
  if (node.def.type === 'pipe' && node.def.in) return isDate(node.def.in);
  if (node.def.type === 'union') return (node.def.options ?? []).some(isDate);
  return false;
}

function inferredField(name: string, label: string, node: ZodNode): CmsField {
  if (isDate(node)) {
    return {
      name,
      label,
      widget: 'datetime',
      format: CMS_DATETIME_FORMAT,
      date_format: 'DD/MM/YYYY',
      time_format: 'HH:mm',
    };
  }
  switch (node.def.type) {
    case 'boolean':
      return { name, label, widget: 'boolean' };
    case 'number':
      return { name, label, widget: 'number', value_type: 'int' };
    case 'enum':
      return {
        name,
        label,
        widget: 'select',
        options: Object.values(node.def.entries ?? {}).map((value) => ({ label: value, value })),
      };
    case 'array':
      return {
        name,
        label,
        widget: 'list',
        field: node.def.element
          ? fieldFor('item', label, node.def.element, {}, true)
          : { name: 'item', label, widget: 'string' },
      };
    case 'object':
      return { name, label, widget: 'object' };
    default: {
      const field: CmsField = { name, label, widget: (node.maxLength ?? 0) > 300 ? 'text' : 'string' };
      if (node.maxLength)
        field.pattern = [`^[\\s\\S]{0,${node.maxLength}}$`, `tối đa ${node.maxLength} ký tự`];
      return field;
    }
  }
}

function fieldFor(
  name: string,
  label: string,
  schema: ZodNode,
  presentation: Presentation,
  inList = false,
): CmsField {
  const { node, required, defaultValue } = unwrap(schema);
  const { fields: subPresentation, ...options } = presentation;
  const field: CmsField = { ...inferredField(name, label, node), ...options, name };
  if (!inList) field.required = required;
  if (defaultValue !== undefined && !Array.isArray(defaultValue) && field.default === undefined)
    field.default = defaultValue;
  if (node.def.type === 'object' && field.widget === 'object') {
    field.fields = Object.entries(node.def.shape ?? {}).map(([key, child]) => {
      const sub = fieldFor(
        key,
        String(subPresentation?.[key]?.label ?? key),
        child,
        subPresentation?.[key] ?? { hint: '' },
      );
      // Inside an optional object a default would create the object on every new article
      // (e.g. source: { kind: trich-nguon } with neither id nor name, which the schema rejects).
      if (!required && subPresentation?.[key]?.default === undefined) delete sub.default;
      return sub;
    });
  }
  // A list of objects (attachments): its items get the presentation of their fields.
  if (node.def.type === 'array' && subPresentation && node.def.element) {
    field.field = fieldFor('item', label, node.def.element, { hint: '', fields: subPresentation }, true);
  }
  if (field.hint === '') delete field.hint;
  return field;
}

/** The news collection's fields: one per schema field, in the schema's order, then the body. */
export function articleCmsFields(
  registries: CmsConfigInput['registries'],
  schema: z.ZodObject = articleFrontmatterSchema as unknown as z.ZodObject,
  options: { editorial?: boolean } = {},
): CmsField[] {
  const presentation = fieldPresentation(registries, options);
  const shape = (schema as unknown as ZodNode).def.shape ?? {};
  const fields = Object.entries(shape).map(([name, node]) => {
    const label = FIELD_LABELS[name] ?? name;
    return fieldFor(name, capitalize(label), node, presentation[name] ?? { hint: `Trường "${name}".` });
  });
  // The schema lists the cover last (Astro's collection adds it); staff expect it beside its alt text.
  const cover = fields.findIndex((field) => field.name === 'cover');
  const alt = fields.findIndex((field) => field.name === 'coverAlt');
  if (cover > alt && alt >= 0) fields.splice(alt, 0, ...fields.splice(cover, 1));
  return [...fields, bodyField()];
}

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

function backendConfig(backend: CmsBackendSettings, editorial: boolean): Record<string, unknown> {
  return {
    name: backend.name,
    ...(backend.repo ? { repo: backend.repo } : {}),
    branch: backend.branch,
    ...(backend.apiRoot ? { api_root: backend.apiRoot } : {}),
    ...(backend.baseUrl ? { base_url: backend.baseUrl } : {}),
    ...(backend.authEndpoint ? { auth_endpoint: backend.authEndpoint } : {}),
    ...(backend.appId ? { app_id: backend.appId, auth_type: 'pkce' } : {}),
    // Commit messages in Vietnamese, so the Git history reads like the newsroom's log.
    commit_messages: {
      create: 'Thêm bài {{path}} (trình soạn thảo)',
      update: 'Sửa bài {{path}} (trình soạn thảo)',
      delete: 'Xóa bài {{path}} (trình soạn thảo)',
      uploadMedia: 'Tải ảnh {{path}} lên (trình soạn thảo)',
      deleteMedia: 'Xóa ảnh {{path}} (trình soạn thảo)',
      ...(editorial ? { openAuthoring: '{{message}}' } : {}),
    },
  };
}

/**
 * Decap's configuration object (written to /admin/config.yml). Production: the Git backend with
 * the editorial workflow (draft → review → ready → publish, each article a branch and a pull or
 * merge request). Local: the same collection written straight to the files by decap-server.
 */
export function cmsConfig({
  settings,
  registries,
  contentFolder,
  siteUrl,
}: CmsConfigInput): Record<string, unknown> {
  const local = Boolean(settings.localProxyUrl);
  // decap-server's file mode has no branches, hence no editorial workflow; Gitea's backend has none either.
  const editorial = local ? settings.localProxyMode === 'git' : settings.backend.name !== 'gitea';
  const folder = `${contentFolder.replace(/\/+$/, '')}/news`;
  return {
    locale: 'vi',
    backend: backendConfig(settings.backend, editorial),
    ...(local
      ? { local_backend: { url: settings.localProxyUrl, allowed_hosts: ['localhost', '127.0.0.1'] } }
      : {}),
    ...(editorial ? { publish_mode: 'editorial_workflow' } : {}),
    site_url: siteUrl,
    display_url: siteUrl,
    // Photos live beside each article (per-entry media folders below); this is only the fallback.
    media_folder: `${contentFolder}/media`,
    // The site's slug rule (src/lib/slug.ts): lowercase ASCII, diacritics removed (đ → d), "-" between words.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    // An emptied optional field is left out instead of written as "" (the schema rejects empty text).
    omit_empty_optional_fields: true,
    collections: [
      {
        name: 'news',
        label: 'Tin tức',
        label_singular: 'bài viết',
        description: 'Mỗi bài là một thư mục content/news/<năm>/<địa-chỉ>/ chứa index.md và ảnh của bài.',
        folder,
        path: '{{year}}/{{slug}}/index',
        extension: 'md',
        format: 'yaml-frontmatter',
        create: true,
        delete: false,
        media_folder: '',
        public_folder: '',
        identifier_field: 'title',
        summary: "{{title}} — {{publishedAt | date('DD/MM/YYYY HH:mm')}}",
        sortable_fields: ['publishedAt', 'title', 'category'],
        view_filters: [
          { label: 'Bản nháp', field: 'draft', pattern: true },
          { label: 'Tin nổi bật', field: 'featured', pattern: true },
        ],
        view_groups: [{ label: 'Năm', field: 'publishedAt', pattern: '\\d{4}' }],
        preview_path: 'tin-tuc/{{slug}}/',
        fields: articleCmsFields(registries, undefined, { editorial }),
      },
    ],
  };
}

/** Settings from the environment (the build's, or `npm run cms`'s); see README "Browser editor". */
export function cmsSettingsFromEnv(env: Record<string, string | undefined>): CmsSettings {
  const name = (env.CEMA_CMS_BACKEND || 'github') as CmsBackendName;
  if (!['github', 'gitlab', 'gitea'].includes(name)) {
    throw new Error(`CEMA_CMS_BACKEND phải là github, gitlab hoặc gitea (đang là "${name}")`);
  }
  const value = (key: string) => (env[key]?.trim() ? env[key]!.trim() : undefined);
  return {
    backend: {
      name,
      repo: value('CEMA_CMS_REPO'),
      branch: value('CEMA_CMS_BRANCH') ?? 'main',
      apiRoot: value('CEMA_CMS_API_ROOT'),
      baseUrl: value('CEMA_CMS_BASE_URL'),
      authEndpoint: value('CEMA_CMS_AUTH_ENDPOINT'),
      appId: value('CEMA_CMS_APP_ID'),
    },
    localProxyUrl: value('CEMA_CMS_PROXY_URL'),
    localProxyMode: value('CEMA_CMS_PROXY_MODE') === 'git' ? 'git' : 'fs',
  };
}
