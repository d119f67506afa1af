import { describe, expect, it } from 'vitest';
import { scanBody } from '../../../src/lib/content/body-scan.ts';

describe('scanBody (one parse of a body for every check)', () => {
  it('scans images and links of the body with lines in the file', () => {
    const body =
      'Đoạn một.\n\n![](./anh.jpg)\n*Chú thích*\n\nXem [bài trước](/tin-tuc/bai-truoc/) và [tham chiếu][1].\n\n[1]: https://tin.cema.gov.vn/tin-tuc/bai-khac/';
    const { images, links } = scanBody(body, 10);
    expect(images).toEqual([{ url: './anh.jpg', alt: '', line: 12 }]);
    expect(links).toEqual([
      { url: '/tin-tuc/bai-truoc/', line: 15, text: 'bài trước' },
      { url: 'https://tin.cema.gov.vn/tin-tuc/bai-khac/', line: 17 },
    ]);
    expect(scanBody('Chỉ có chữ.', 5)).toEqual({ images: [], links: [], html: [], elements: [], code: [] });
  });

  it('parses MDX: elements with their literal attributes, expressions and imports', () => {
    const scanned = scanBody('import x from "./a.js";\n\n<Figure caption="Ảnh" credit={x} />\n\n{1 + 1}', 7, {
      mdx: true,
    });
    expect(scanned.elements).toEqual([
      { name: 'Figure', attributes: { caption: 'Ảnh', credit: undefined }, line: 9 },
    ]);
    expect(scanned.code.map((c) => [c.kind, c.line])).toEqual([
      ['esm', 7],
      ['expression', 11],
    ]);
    expect(scanBody('<b>không đóng', 7, { mdx: true }).syntaxError?.line).toBe(7);
  });
});
