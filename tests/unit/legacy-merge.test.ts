import { describe, expect, it } from 'vitest';
import type { LegacyArticle } from '../../tools/legacy/convert.ts';
import { recordOf } from '../../tools/legacy/manifest.ts';
import {
  describeBodyDifference,
  flattenForMerge,
  mergeReimport,
  type ArticleText,
} from '../../tools/legacy/merge.ts';
import { articleText, renderDocument } from '../../tools/legacy/render.ts';
import { frontmatter } from '../support/legacy.ts';

const imported: LegacyArticle = {
  title: 'Tiêu đề',
  lede: 'Sapo.',
  publishedAt: '2021',
  category: 'hoat-dong-ban',
  draft: true,
  legacy: { views: 10, id: 'abc12345' },
  body: [
    { type: 'paragraph', text: 'Nội dung.' },
    { type: 'paragraph', text: 'Đoạn hai.' },
  ],
};
const written = articleText(imported);
/** What the importer remembers of `written` (the manifest record). */
const record = recordOf('news/2021/tieu-de/index.md', flattenForMerge(written.data), written.body);

const edit = (text: ArticleText, data: Record<string, unknown>, body = text.body): ArticleText => ({
  data: { ...structuredClone(text.data), ...structuredClone(data) },
  body,
});

describe('mergeReimport: staff edits against what the importer wrote last time', () => {
  it('keeps every field the editors set (the title too), and reports the ones that differ', () => {
    const handEdits = {
      title: 'Tiêu đề đã sửa tay',
      publishedAt: '2021-05-04 09:30',
      draft: false,
      featured: true,
      tags: ['Chương trình MTQG', 'Hầu A Lềnh'],
      author: 'Minh Thu',
      cover: './anh-bia.jpg',
      coverAlt: 'Toàn cảnh buổi làm việc',
    };
    const { merged, decisions, keptFromStaff } = mergeReimport({
      fresh: written,
      existing: edit(written, handEdits),
      record,
    });
    expect(merged.data).toEqual({ ...written.data, ...handEdits });
    expect(merged.body).toBe(written.body);
    expect(keptFromStaff.sort()).toEqual(Object.keys(handEdits).sort());
    expect(decisions).toHaveLength(1);
    expect(decisions[0]?.kind).toBe('handEdit');
    expect(decisions[0]?.message).toContain('publishedAt: “2021-05-04 09:30”; draft: false; featured: true');
    expect(decisions[0]?.message).toContain('title: “Tiêu đề đã sửa tay”');
    const md = renderDocument(merged);
    expect(Object.keys(frontmatter(md))).toEqual([
      'title',
      'lede',
      'publishedAt',
      'category',
      'tags',
      'author',
      'cover',
      'coverAlt',
      'draft',
      'featured',
      'legacy',
    ]);
    expect(md).toContain('\ntags: [ "Chương trình MTQG", "Hầu A Lềnh" ]\n');
  });

  it('reports nothing when the article holds what the importer wrote (key order aside)', () => {
    const reordered = {
      data: Object.fromEntries(Object.entries(written.data).reverse()),
      body: written.body,
    };
    const { merged, decisions } = mergeReimport({ fresh: written, existing: reordered, record });
    expect(merged.data).toEqual(written.data);
    expect(decisions).toEqual([]);
  });

  it('takes what the old portal changed when staff did not (title, views, body)', () => {
    const portal = articleText({
      ...imported,
      title: 'Tiêu đề mới trên cổng cũ',
      legacy: { views: 25, id: 'abc12345' },
      body: [...imported.body, { type: 'paragraph', text: 'Đoạn ba của lần cào sau.' }],
    });
    const { merged, decisions } = mergeReimport({ fresh: portal, existing: written, record });
    expect(merged).toEqual(portal);
    expect(decisions).toEqual([]);
  });

  it('merges legacy key by key: the portal updates views while staff added the old URL', () => {
    const portal = articleText({ ...imported, legacy: { views: 99, id: 'abc12345' } });
    const staff = edit(written, { legacy: { views: 10, url: 'https://ubdt.gov.vn/x.htm', id: 'abc12345' } });
    const { merged } = mergeReimport({ fresh: portal, existing: staff, record });
    expect(merged.data.legacy).toEqual({ views: 99, id: 'abc12345', url: 'https://ubdt.gov.vn/x.htm' });
  });

  it('when both changed a field or the body, staff wins and the report shows both versions', () => {
    const portal = articleText({
      ...imported,
      title: 'Tiêu đề của cổng cũ',
      body: [imported.body[0]!, { type: 'paragraph', text: 'Đoạn hai, bản cào mới.' }],
    });
    const staff = edit(
      written,
      { title: 'Tiêu đề của biên tập viên' },
      'Nội dung.\n\nĐoạn hai, biên tập viên viết lại.',
    );
    const { merged, decisions } = mergeReimport({ fresh: portal, existing: staff, record });
    expect(merged.data.title).toBe('Tiêu đề của biên tập viên');
    expect(merged.body).toBe(staff.body);
    const messages = decisions.map((d) => d.message).join('\n');
    expect(messages).toContain('both the editors and the old portal changed title');
    expect(messages).toContain('“Tiêu đề của biên tập viên”');
    expect(messages).toContain('“Tiêu đề của cổng cũ”');
    expect(messages).toContain('both changed the body');
    expect(messages).toContain('“Đoạn hai, biên tập viên viết lại.”');
    expect(messages).toContain('“Đoạn hai, bản cào mới.”');
  });

  it('keeps a body only staff edited, and says the portal did not change it', () => {
    const staff = edit(written, {}, `${written.body}\n\nĐoạn biên tập viên thêm.`);
    const { merged, decisions } = mergeReimport({ fresh: written, existing: staff, record });
    expect(merged.body).toBe(staff.body);
    expect(decisions.map((d) => d.message)).toEqual([
      'Giữ thân bài biên tập viên đã sửa (trang cũ không đổi) / kept the body as the editors edited it (unchanged on the old portal).',
    ]);
  });

  it('without a record (imported before the manifest existed), every difference is kept as staff’s', () => {
    const staff = edit(written, { draft: false, title: 'Tiêu đề sửa' });
    const { merged, decisions } = mergeReimport({ fresh: written, existing: staff });
    expect(merged.data.draft).toBe(false);
    expect(merged.data.title).toBe('Tiêu đề sửa');
    expect(decisions).toHaveLength(1);
  });
});

describe('describeBodyDifference', () => {
  it('names the first differing paragraph of each side', () => {
    expect(describeBodyDifference('A.\n\nB.\n\nC.', 'A.\n\nX.\n\nY.\n\nC.')).toBe(
      'đoạn 2–3 khác nhau / paragraph(s) differ from 2: biên tập viên / editors: “B.”; cổng cũ / old portal: “X.” (+1)',
    );
  });
});
