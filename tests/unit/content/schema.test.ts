import { describe, expect, it } from 'vitest';
import { authorEntrySchema, pageSchema } from '../../../src/lib/content/schema.ts';

describe('pageSchema (content/pages/)', () => {
  const base = { title: 'Tuyên bố', description: 'Mô tả trang.' };

  it('keeps the day of updatedAt, whether YAML gave a date (midnight UTC) or text', () => {
    const fromYamlDate = pageSchema.parse({ ...base, updatedAt: new Date('2026-12-01T00:00:00Z') });
    expect(fromYamlDate.updatedAt?.precision).toBe('day');
    expect(fromYamlDate.updatedAt?.date.toISOString()).toBe('2026-11-30T17:00:00.000Z');
    expect(pageSchema.parse({ ...base, updatedAt: '2026-12-01' }).updatedAt?.precision).toBe('day');
    expect(pageSchema.safeParse({ ...base, updatedAt: '2026-02-30' }).error?.issues[0]?.message).toMatch(
      /ngày 30 không có trong tháng 2\/2026/,
    );
  });

  it('takes a site-relative translation and no unknown field', () => {
    expect(pageSchema.parse({ ...base, translation: '/' })).toMatchObject({
      translation: '/',
      latestNews: false,
    });
    expect(pageSchema.safeParse({ ...base, translation: 'https://x.vn/' }).error?.issues[0]?.message).toMatch(
      /đường dẫn trong trang/,
    );
    expect(pageSchema.safeParse({ ...base, lang: 'en' }).success).toBe(false);
  });
});

describe('authorEntrySchema (content/authors.yaml)', () => {
  it('needs a name; title, photo and bio are optional', () => {
    expect(authorEntrySchema.parse({ name: 'Minh Thu' })).toEqual({ name: 'Minh Thu' });
    expect(authorEntrySchema.safeParse({ title: 'Phóng viên' }).error?.issues[0]?.message).toBe(
      'thiếu tên tác giả (bắt buộc)',
    );
  });
});
