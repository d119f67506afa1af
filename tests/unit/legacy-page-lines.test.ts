import { describe, expect, it } from 'vitest';
import {
  looksLikePortalLine,
  parsePortalLine,
  parseSourceLine,
  parseUrlLine,
} from '../../tools/legacy/page-lines.ts';

const day = (day: number, month: number, year: number) => ({ day, month, year });
const at = (hour: number, minute: number) => ({ hour, minute });

describe('date lines, in every form the old portal used', () => {
  it.each([
    ['Ngày đăng 09/02/2022 | 14:54 | View count: 12450', day(9, 2, 2022), at(14, 54), 12450, []],
    ['Ngày đăng 09/02/2022 | 14:54', day(9, 2, 2022), at(14, 54), undefined, []],
    ['Ngày đăng: 21/7/2023 08:15 | Lượt xem: 1.502', day(21, 7, 2023), at(8, 15), 1502, []],
    [
      '02:35 PM 16/04/2021 | Lượt xem: 3105 | In bài viết',
      day(16, 4, 2021),
      at(14, 35),
      3105,
      ['In bài viết'],
    ],
    [
      '09:05 AM 03/11/2020 | Lượt xem: 87 | Gửi email | In bài viết',
      day(3, 11, 2020),
      at(9, 5),
      87,
      ['Gửi email', 'In bài viết'],
    ],
    ['12:10 PM 01/06/2022 | Lượt xem: 5', day(1, 6, 2022), at(12, 10), 5, []],
    ['12:30 AM 01/06/2022', day(1, 6, 2022), at(0, 30), undefined, []],
    ['03:20 CH 15/08/2019', day(15, 8, 2019), at(15, 20), undefined, []],
    ['07:45 SA 15/08/2019 | View count: 4', day(15, 8, 2019), at(7, 45), 4, []],
    ['16/04/2021 02:35 PM | Lượt xem: 3.105', day(16, 4, 2021), at(14, 35), 3105, []],
    [
      'Thứ tư, 09/02/2022 14:54 | View count: 3.105 | Gửi email | In bài viết',
      day(9, 2, 2022),
      at(14, 54),
      3105,
      ['Gửi email', 'In bài viết'],
    ],
    ['Thứ Hai, 09/02/2022, 14:54 (GMT+7)', day(9, 2, 2022), at(14, 54), undefined, []],
    ['Ngày đăng 05/9/2023', day(5, 9, 2023), undefined, undefined, []],
    ['Ngày đăng 05-09-2023 | 14h30', day(5, 9, 2023), at(14, 30), undefined, []],
  ])('%s', (line, date, time, views, tails) => {
    const read = parsePortalLine(line);
    expect(read?.date).toEqual(date);
    expect(read?.time).toEqual(time);
    expect(read?.views).toEqual(views);
    expect(read?.tails).toEqual(tails);
    expect(read?.unknown).toEqual([]);
  });

  it('keeps an impossible time apart instead of guessing it', () => {
    expect(parsePortalLine('13:10 PM 01/06/2022')).toMatchObject({
      date: day(1, 6, 2022),
      invalidTime: '13:10 PM',
    });
    expect(parsePortalLine('Ngày đăng 01/06/2022 | 25:10')?.time).toBeUndefined();
  });

  it('lists the segments it does not understand', () => {
    expect(parsePortalLine('Ngày đăng 09/02/2021 | 14:54 | Lượt xem: 3105 | Bình luận (3)')?.unknown).toEqual(
      ['Bình luận (3)'],
    );
  });

  it('reads view counts and the portal buttons on lines of their own', () => {
    expect(parsePortalLine('Lượt xem: 42')).toEqual({ views: 42, tails: [], unknown: [] });
    expect(parsePortalLine('In bài viết | Gửi email')).toEqual({
      tails: ['In bài viết', 'Gửi email'],
      unknown: [],
    });
  });

  it('a "Ngày đăng" line without a date is an unreadable date line', () => {
    expect(parsePortalLine('Ngày đăng: đang cập nhật')?.unreadableDate).toBe(true);
  });

  it('is not fooled by sentences that mention a date', () => {
    expect(parsePortalLine('Ngày 16/04/2021, tại Hà Nội, Ủy ban Dân tộc tổ chức hội nghị.')).toBeUndefined();
    expect(parsePortalLine('Bộ trưởng, Chủ nhiệm UBDT Hầu A Lềnh chủ trì hội nghị')).toBeUndefined();
  });
});

describe('lines that look like metadata but cannot be read', () => {
  it('are recognised, so they are reported rather than captioned', () => {
    expect(looksLikePortalLine('Lượt xem: đang cập nhật')).toBe(true);
    expect(looksLikePortalLine('View count: n/a')).toBe(true);
    expect(looksLikePortalLine('14:35 16/04/2021 bởi Ban biên tập')).toBe(true);
    expect(looksLikePortalLine('Toàn cảnh hội nghị')).toBe(false);
    expect(
      looksLikePortalLine(
        'Video về hội nghị đã đạt hơn một triệu lượt xem trên các nền tảng mạng xã hội chỉ sau một tuần phát hành.',
      ),
    ).toBe(false);
  });
});

describe('the page’s own URL', () => {
  it('reads bare and labelled URL lines, http(s) only', () => {
    expect(parseUrlLine('https://ubdt.gov.vn/tin-tuc/a-1.htm')).toBe('https://ubdt.gov.vn/tin-tuc/a-1.htm');
    expect(parseUrlLine('URL: http://cema.gov.vn/?id=12')).toBe('http://cema.gov.vn/?id=12');
    expect(parseUrlLine('Link gốc: <https://ubdt.gov.vn/x>')).toBe('https://ubdt.gov.vn/x');
    expect(parseUrlLine('Xem thêm https://ubdt.gov.vn/x')).toBeUndefined();
    expect(parseUrlLine('ftp://ubdt.gov.vn/x')).toBeUndefined();
  });
});

describe('source lines', () => {
  it.each([
    ['Trích nguồn Báo Dân tộc', { kind: 'trich-nguon', name: 'Báo Dân tộc' }],
    ['Trích nguồn: Báo Dân tộc và Phát triển.', { kind: 'trich-nguon', name: 'Báo Dân tộc và Phát triển' }],
    ['Theo Báo Tuổi trẻ', { kind: 'theo', name: 'Báo Tuổi trẻ' }],
    ['Theo: Báo Nhân Dân', { kind: 'theo', name: 'Báo Nhân Dân' }],
    [
      'Nguồn: Cổng thông tin điện tử Chính phủ',
      { kind: 'trich-nguon', name: 'Cổng thông tin điện tử Chính phủ' },
    ],
    [
      'Theo Báo Dân tộc (https://baodantoc.vn/a-1.htm)',
      { kind: 'theo', name: 'Báo Dân tộc', url: 'https://baodantoc.vn/a-1.htm' },
    ],
    [
      'Trích nguồn: Báo Dân tộc - https://baodantoc.vn/a-1.htm',
      { kind: 'trich-nguon', name: 'Báo Dân tộc', url: 'https://baodantoc.vn/a-1.htm' },
    ],
    [
      'Nguồn: https://www.baodantoc.vn/a-1.htm',
      {
        kind: 'trich-nguon',
        name: 'baodantoc.vn',
        url: 'https://www.baodantoc.vn/a-1.htm',
        nameFromUrl: true,
      },
    ],
  ])('%s', (line, expected) => {
    expect(parseSourceLine(line)).toEqual(expected);
  });

  it('a sentence starting with "Theo" is not a source line', () => {
    expect(
      parseSourceLine(
        'Theo kế hoạch công tác năm 2020, tỉnh Hà Giang tập trung triển khai các chính sách dân tộc',
      ),
    ).toBeUndefined();
  });
});
