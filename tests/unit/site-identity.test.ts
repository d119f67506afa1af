import { describe, expect, it } from 'vitest';
import { checkSiteIdentity, phoneHref, type SiteIdentityInput } from '../../src/lib/site-identity.ts';
import { siteIdentityInput } from '../../src/site-identity.ts';

const valid: SiteIdentityInput = {
  emblem: { src: '/emblem.svg', width: 48, height: 48 },
  parentAgency: 'Chính phủ',
  agency: 'Ủy ban Dân tộc',
  siteTitle: 'Tin hoạt động',
  address: '349 Đội Cấn, Hà Nội',
  phone: '024 3843 1876',
  email: 'ubdt@cema.gov.vn',
  responsible: 'Chánh Văn phòng',
  licence: 'Giấy phép số 1/GP-TTĐT',
  copyright: 'Bản quyền thuộc Ủy ban Dân tộc.',
  english: {
    agency: 'Committee for Ethnic Minority Affairs',
    siteTitle: 'News',
    address: '349 Doi Can, Ha Noi',
    copyright: 'Copyright CEMA.',
  },
};
const exists = () => true;

describe('site identity (Decree 42 footer, emblem)', () => {
  it('accepts the shipped config, whose emblem is in public/', () => {
    const identity = checkSiteIdentity(siteIdentityInput, 'src/site-identity.ts', (p) => p === '/emblem.svg');
    expect(identity.agency).toBe('Ủy ban Dân tộc');
    expect(identity.emailHref).toBe(`mailto:${siteIdentityInput.email}`);
  });

  it('links the phone in international form and the e-mail as mailto:', () => {
    expect(phoneHref('024 3843 1876')).toBe('tel:+842438431876');
    expect(phoneHref('+84 24 3843 1876')).toBe('tel:+842438431876');
    const identity = checkSiteIdentity(valid, 'f.ts', exists);
    expect(identity.phoneHref).toBe('tel:+842438431876');
    expect(identity.emailHref).toBe('mailto:ubdt@cema.gov.vn');
  });

  it('names the file and every wrong field in Vietnamese, all at once', () => {
    const broken = { ...valid, agency: ' ', email: 'ubdt at cema', phone: 'gọi tổng đài' };
    expect(() => checkSiteIdentity(broken, 'src/site-identity.ts', exists)).toThrow(
      [
        'src/site-identity.ts — agency (tên cơ quan): chưa có nội dung',
        'src/site-identity.ts — phone (điện thoại): "gọi tổng đài" không phải số điện thoại (chỉ chữ số, dấu cách, + . - ( ))',
        'src/site-identity.ts — email (thư điện tử): "ubdt at cema" không phải địa chỉ thư điện tử',
      ].join('\n'),
    );
  });

  it('refuses text that is not NFC', () => {
    const decomposed = 'Ủy ban Dân tộc'.normalize('NFD');
    expect(() => checkSiteIdentity({ ...valid, agency: decomposed }, 'f.ts', exists)).toThrow(/agency.*NFC/);
  });

  it('wants the emblem as a site-relative SVG/PNG/WebP that exists, of a sane size', () => {
    for (const src of [
      'emblem.svg',
      'https://x.vn/a.svg',
      '//x.vn/a.svg',
      '/a.gif',
      'javascript:alert(1)//.svg',
    ]) {
      expect(
        () => checkSiteIdentity({ ...valid, emblem: { ...valid.emblem, src } }, 'f.ts', exists),
        src,
      ).toThrow(/emblem\.src \(biểu trưng\): cần đường dẫn/);
    }
    expect(() => checkSiteIdentity(valid, 'f.ts', () => false)).toThrow(
      'f.ts — emblem.src (biểu trưng): không có tệp public/emblem.svg',
    );
    expect(() =>
      checkSiteIdentity({ ...valid, emblem: { ...valid.emblem, width: 4 } }, 'f.ts', exists),
    ).toThrow(/emblem\.width/);
  });

  it('needs the English names of the English section too', () => {
    const identity = checkSiteIdentity(valid, 'f.ts', exists);
    expect(identity.english.agency).toBe('Committee for Ethnic Minority Affairs');
    expect(() =>
      checkSiteIdentity({ ...valid, english: { ...valid.english, agency: '' } }, 'f.ts', exists),
    ).toThrow('f.ts — english.agency (tên cơ quan bằng tiếng Anh): chưa có nội dung');
  });
});
