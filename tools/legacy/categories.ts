/** Old-portal section names (the optional first line of a scraped page) → category ids. */
import { comparisonKey } from '../../src/lib/vietnamese.ts';

export const DEFAULT_CATEGORY = 'hoat-dong-ban';

/** Keys are compared with `comparisonKey`: NFC, one tone placement ("Uỷ"/"Ủy"), lowercase, single spaces. */
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

/** The categories the section table maps to (used when the content folder has no categories.yaml). */
export const KNOWN_CATEGORY_IDS: readonly string[] = [...new Set(SECTION_TABLE.map(([, id]) => id))];

const SECTION_MAP: ReadonlyMap<string, string> = new Map(
  SECTION_TABLE.map(([name, id]) => [comparisonKey(name), id]),
);

/** The category id of an old-portal section name, or undefined when the section is unknown. */
export function categoryForSection(section: string): string | undefined {
  return SECTION_MAP.get(comparisonKey(section));
}
