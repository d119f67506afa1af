/** Old-portal section names (the optional first line of a scraped page) → category ids. */
import { nameKey } from '../../src/lib/content/source-registry.ts';

export const KNOWN_CATEGORY_IDS = [
  'hoat-dong-ban',
  'hoat-dong-lanh-dao',
  'hoat-dong-dia-phuong',
  'chuong-trinh-mtqg',
  'chinh-sach-dan-toc',
  'tin-tong-hop',
] as const;

export const DEFAULT_CATEGORY = 'hoat-dong-ban';

/** Keys are compared with `nameKey`: NFC, one tone placement ("Uỷ"/"Ủy"), lowercase, single spaces. */
const SECTION_TABLE: ReadonlyArray<readonly [string, string]> = [
  ['Hoạt động ban', 'hoat-dong-ban'],
  ['Hoạt động của Ủy ban', 'hoat-dong-ban'],
  ['Hoạt động lãnh đạo', 'hoat-dong-lanh-dao'],
  ['Hoạt động của lãnh đạo', 'hoat-dong-lanh-dao'],
  ['Hoạt động của Lãnh đạo Ủy ban', 'hoat-dong-lanh-dao'],
  ['Hoạt động địa phương', 'hoat-dong-dia-phuong'],
  ['Chương trình MTQG', 'chuong-trinh-mtqg'],
  ['Chương trình mục tiêu quốc gia', 'chuong-trinh-mtqg'],
  ['Chính sách dân tộc', 'chinh-sach-dan-toc'],
  ['Tin tổng hợp', 'tin-tong-hop'],
];

const SECTION_MAP: ReadonlyMap<string, string> = new Map(
  SECTION_TABLE.map(([name, id]) => [nameKey(name), id]),
);

/** The category id of an old-portal section name, or undefined when the section is unknown. */
export function categoryForSection(section: string): string | undefined {
  return SECTION_MAP.get(nameKey(section));
}
