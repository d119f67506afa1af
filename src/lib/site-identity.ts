/**
 * The checker of src/site-identity.ts (the agency's emblem, name and the Decree 42/2022/NĐ-CP
 * footer): every field present, NFC, a mailable e-mail, a diallable phone, an emblem that is a
 * site-relative image file. Problems are reported in Vietnamese naming the file and the field, and
 * stop the build (src/data/site.ts calls it once).
 */

export interface SiteEmblem {
  /** Site-relative path of a file in public/, e.g. "/emblem.svg". */
  src: string;
  width: number;
  height: number;
}

export interface SiteIdentityInput {
  emblem: SiteEmblem;
  parentAgency: string;
  agency: string;
  siteTitle: string;
  address: string;
  phone: string;
  email: string;
  responsible: string;
  licence: string;
  copyright: string;
  /** The same names in English, for the frame of the English section (/en/). */
  english: SiteIdentityEnglish;
}

export interface SiteIdentityEnglish {
  agency: string;
  siteTitle: string;
  address: string;
  copyright: string;
}

/** The checked identity, with the links the footer needs. */
export interface SiteIdentity extends SiteIdentityInput {
  /** "tel:+842438431876": the phone as a link. */
  phoneHref: string;
  emailHref: string;
}

export class SiteIdentityError extends Error {
  constructor(file: string, problems: { field: string; message: string }[]) {
    super(problems.map((p) => `${file} — ${p.field}: ${p.message}`).join('\n'));
    this.name = 'SiteIdentityError';
  }
}

const TEXT_FIELDS = [
  ['parentAgency', 'cơ quan chủ quản'],
  ['agency', 'tên cơ quan'],
  ['siteTitle', 'tên trang'],
  ['address', 'địa chỉ'],
  ['phone', 'điện thoại'],
  ['email', 'thư điện tử'],
  ['responsible', 'người chịu trách nhiệm'],
  ['licence', 'giấy phép'],
  ['copyright', 'bản quyền'],
] as const satisfies readonly (readonly [keyof SiteIdentityInput, string])[];

const ENGLISH_FIELDS = [
  ['agency', 'tên cơ quan bằng tiếng Anh'],
  ['siteTitle', 'tên trang bằng tiếng Anh'],
  ['address', 'địa chỉ bằng tiếng Anh'],
  ['copyright', 'bản quyền bằng tiếng Anh'],
] as const satisfies readonly (readonly [keyof SiteIdentityEnglish, string])[];

const PHONE = /^\+?[\d\s.()-]{6,20}$/;
// Deliberately simple: one @, no spaces, a dot in the domain — enough to catch typing mistakes.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const EMBLEM_PATH = /^\/(?!\/)[\w./-]+\.(svg|png|webp)$/i;

/** "024 3843 1876" → "tel:+842438431876" (a Vietnamese number without its 0 trunk prefix). */
export function phoneHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  if (digits.startsWith('+')) return `tel:${digits}`;
  return `tel:+84${digits.replace(/^0/, '')}`;
}

/**
 * Checks the identity written in `file`; `publicFileExists` tells whether the emblem's file is in
 * public/. Throws SiteIdentityError listing every problem at once.
 */
export function checkSiteIdentity(
  input: SiteIdentityInput,
  file: string,
  publicFileExists: (sitePath: string) => boolean,
): SiteIdentity {
  const problems: { field: string; message: string }[] = [];
  for (const [field, label] of TEXT_FIELDS) {
    const value: unknown = input[field];
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push({ field: `${field} (${label})`, message: 'chưa có nội dung' });
    } else if (value !== value.normalize('NFC')) {
      problems.push({
        field: `${field} (${label})`,
        message: 'chữ chưa chuẩn Unicode NFC (gõ lại bằng Unikey, bảng mã Unicode dựng sẵn)',
      });
    }
  }
  const english = (input.english ?? {}) as Partial<SiteIdentityEnglish>;
  for (const [field, label] of ENGLISH_FIELDS) {
    const value: unknown = english[field];
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push({ field: `english.${field} (${label})`, message: 'chưa có nội dung' });
    }
  }
  if (input.phone && !PHONE.test(input.phone.trim())) {
    problems.push({
      field: 'phone (điện thoại)',
      message: `"${input.phone}" không phải số điện thoại (chỉ chữ số, dấu cách, + . - ( ))`,
    });
  }
  if (input.email && !EMAIL.test(input.email.trim())) {
    problems.push({
      field: 'email (thư điện tử)',
      message: `"${input.email}" không phải địa chỉ thư điện tử`,
    });
  }
  const emblem = input.emblem as Partial<SiteEmblem> | undefined;
  if (!emblem || typeof emblem.src !== 'string' || !EMBLEM_PATH.test(emblem.src)) {
    problems.push({
      field: 'emblem.src (biểu trưng)',
      message:
        'cần đường dẫn tệp trong thư mục public/, bắt đầu bằng "/" và là .svg, .png hoặc .webp (ví dụ "/emblem.svg")',
    });
  } else if (!publicFileExists(emblem.src)) {
    problems.push({ field: 'emblem.src (biểu trưng)', message: `không có tệp public${emblem.src}` });
  }
  for (const side of ['width', 'height'] as const) {
    const value = emblem?.[side];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 16 || value > 256) {
      problems.push({
        field: `emblem.${side} (kích thước biểu trưng)`,
        message: 'cần số nguyên điểm ảnh từ 16 đến 256',
      });
    }
  }
  if (problems.length > 0) throw new SiteIdentityError(file, problems);
  const trimmed = Object.fromEntries(TEXT_FIELDS.map(([field]) => [field, input[field].trim()])) as Pick<
    SiteIdentityInput,
    (typeof TEXT_FIELDS)[number][0]
  >;
  return {
    ...trimmed,
    emblem: { src: input.emblem.src, width: input.emblem.width, height: input.emblem.height },
    english: Object.fromEntries(
      ENGLISH_FIELDS.map(([field]) => [field, input.english[field].trim()]),
    ) as unknown as SiteIdentityEnglish,
    phoneHref: phoneHref(trimmed.phone),
    emailHref: `mailto:${trimmed.email}`,
  };
}
