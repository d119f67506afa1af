/**
 * Who publishes this site: the agency's emblem and name in the header and print, and the
 * information Decree 42/2022/NĐ-CP (Điều 9 khoản 2) asks a government information site to show
 * in its footer. The ONE place to edit it (docs/HUONG-DAN.md §13): the build checks every field
 * (src/lib/site-identity.ts) and stops with a message naming this file and the field.
 */
import type { SiteIdentityInput } from './lib/site-identity.ts';

export const SITE_IDENTITY_FILE = 'src/site-identity.ts';

export const siteIdentityInput: SiteIdentityInput = {
  /** The emblem shown in the header and on printed pages: a file in public/ (SVG, PNG or WebP). */
  emblem: { src: '/emblem.svg', width: 48, height: 48 },
  /** Governing body, shown above the agency's name ("Chính phủ"). */
  parentAgency: 'Chính phủ nước Cộng hòa xã hội chủ nghĩa Việt Nam',
  /** The agency that runs the site (header, footer, feeds, news metadata). */
  agency: 'Ủy ban Dân tộc',
  /** What this site is, under the agency's name in the header. */
  siteTitle: 'Tin hoạt động của Ủy ban Dân tộc',
  address: '349 Đội Cấn, phường Ngọc Hà, thành phố Hà Nội',
  phone: '024 3843 1876',
  email: 'ubdt@cema.gov.vn',
  /** The person responsible for the content (Người chịu trách nhiệm). */
  responsible: 'Chánh Văn phòng Ủy ban Dân tộc',
  /** The licence line (Giấy phép thiết lập trang thông tin điện tử). */
  licence:
    'Giấy phép thiết lập trang thông tin điện tử tổng hợp số …/GP-TTĐT do Bộ Thông tin và Truyền thông cấp',
  copyright:
    'Bản quyền thuộc Ủy ban Dân tộc. Ghi rõ nguồn "Ủy ban Dân tộc" khi phát hành lại thông tin từ trang này.',
  /** The header and footer of the English section (/en/). */
  english: {
    agency: 'Committee for Ethnic Minority Affairs',
    siteTitle: 'News of the Committee for Ethnic Minority Affairs of Viet Nam',
    address: '349 Doi Can, Ngoc Ha ward, Ha Noi, Viet Nam',
    copyright:
      'Copyright Committee for Ethnic Minority Affairs. Please cite the source when republishing information from this site.',
  },
};
