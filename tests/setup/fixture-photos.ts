/**
 * Fixture articles with real photos (made with sharp) for the image tests: a Markdown article
 * with a cover, a captioned photo with credit, a two-photo gallery and a decorative image, and an
 * MDX article (no cover) using <Figure> and the Markdown caption syntax.
 */
import path from 'node:path';
import { makePhoto } from '../support/photos.ts';
import { writeArticle } from '../support/articles.ts';

export const PHOTO_ARTICLE = 'bai-anh-chu-thich';
export const PHOTO_MDX_ARTICLE = 'bai-mdx-co-anh';

/** Original sizes of the fixture photos (width × height). */
export const PHOTO_SIZES = {
  'anh-bia.jpg': [1600, 1000],
  'anh-1.jpg': [1600, 1067],
  'anh-2.jpg': [1200, 800],
  'anh-3.jpg': [900, 1200],
  'hoa-van.jpg': [400, 100],
} as const;

export async function writePhotoArticles(contentDir: string): Promise<void> {
  const dir = writeArticle(
    contentDir,
    '2024',
    PHOTO_ARTICLE,
    `
title: "Hội nghị chính sách dân tộc có ảnh và chú thích"
lede: "Bài thử nghiệm ảnh: ảnh bìa, ảnh có chú thích và tác giả ảnh, một nhóm ảnh."
publishedAt: 2024-06-10 09:00
category: chinh-sach-dan-toc
cover: ./anh-bia.jpg
coverAlt: "Toàn cảnh hội nghị chính sách dân tộc"
`,
    `
Sáng 10/6, Ủy ban Dân tộc tổ chức hội nghị về chính sách dân tộc.

![Bộ trưởng Hầu A Lềnh phát biểu tại hội nghị](./anh-1.jpg)
*Bộ trưởng, Chủ nhiệm UBDT Hầu A Lềnh chủ trì hội nghị (Ảnh: Minh Thu)*

Các đại biểu thảo luận về chương trình mục tiêu quốc gia.

![Đại biểu dự hội nghị](./anh-2.jpg)
*Đại biểu các tỉnh dự hội nghị*
![Đại biểu phát biểu ý kiến](./anh-3.jpg)
*Đại biểu phát biểu ý kiến (Ảnh: Hoàng Anh)*

![(trang trí)](./hoa-van.jpg)

Hội nghị kết thúc vào buổi trưa cùng ngày.
`,
  );
  let seed = 1;
  for (const [name, [w, h]] of Object.entries(PHOTO_SIZES))
    await makePhoto(path.join(dir, name), w, h, seed++);

  const mdxDir = writeArticle(
    contentDir,
    '2024',
    PHOTO_MDX_ARTICLE,
    `
title: "Bài MDX có ảnh dùng thành phần Figure"
lede: "Bài thử nghiệm ảnh trong MDX: thành phần Figure và cú pháp chú thích Markdown."
publishedAt: 2024-06-09 15:00
category: tin-tong-hop
`,
    `
Đoạn mở đầu của bài MDX có ảnh.

<Figure caption="Lễ ký kết chương trình phối hợp" credit="Phòng Thông tin">

![Lãnh đạo hai cơ quan ký kết chương trình](./anh-1.jpg)

</Figure>

Đoạn giữa bài.

![Quang cảnh buổi lễ](./anh-2.jpg)
*Quang cảnh buổi lễ ký kết*
`,
    'index.mdx',
  );
  await makePhoto(path.join(mdxDir, 'anh-1.jpg'), 1400, 933, 11);
  await makePhoto(path.join(mdxDir, 'anh-2.jpg'), 1000, 667, 12);
}
