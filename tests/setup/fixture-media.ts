/**
 * Fixture articles with attached documents and videos (issue 14 items 1–2): a Markdown article
 * with a PDF and a DOCX (front matter and a body link), one with a YouTube address alone on a
 * line, a titled Vimeo link and a local MP4 with its captions and poster, and an MDX article with
 * <Video> (YouTube and a local MP4) and a PDF linked from the body.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeDocx, makeMp4, makePdf, VTT } from '../support/documents.ts';
import { makePhoto } from '../support/photos.ts';
import { writeArticle } from '../support/articles.ts';

export const ATTACHMENT_ARTICLE = 'bai-co-van-ban-dinh-kem';
export const VIDEO_ARTICLE = 'bai-co-video';
export const VIDEO_MDX_ARTICLE = 'bai-mdx-co-video';
export const PDF_PAGES = 3;
export const YOUTUBE_ID = 'dQw4w9WgXcQ';
export const VIMEO_ID = '76979871';

export async function writeMediaArticles(contentDir: string): Promise<void> {
  const attached = writeArticle(
    contentDir,
    '2026',
    ATTACHMENT_ARTICLE,
    `
title: "Ủy ban Dân tộc ban hành Quyết định số 98/QĐ-UBDT"
lede: "Bài thử nghiệm văn bản đính kèm: một quyết định PDF và một kế hoạch Word."
publishedAt: 2026-05-20 10:00
category: chinh-sach-dan-toc
attachments:
  - title: "Quyết định số 98/QĐ-UBDT ngày 09/02/2022"
    file: ./qd-98-ubdt.pdf
`,
    `
Ngày 09/02/2022, Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc ký Quyết định số 98/QĐ-UBDT.

Xem toàn văn [Kế hoạch triển khai Quyết định](./ke-hoach-trien-khai.docx) kèm theo.
`,
  );
  writeFileSync(path.join(attached, 'qd-98-ubdt.pdf'), await makePdf(PDF_PAGES));
  writeFileSync(path.join(attached, 'ke-hoach-trien-khai.docx'), makeDocx('Ke hoach trien khai'));

  const video = writeArticle(
    contentDir,
    '2026',
    VIDEO_ARTICLE,
    `
title: "Họp báo công bố Quyết định về chính sách dân tộc có video"
lede: "Bài thử nghiệm video: YouTube, Vimeo và một tệp MP4 có phụ đề."
publishedAt: 2026-05-21 15:30
category: hoat-dong-ban
`,
    `
Chiều 21/5, Ủy ban Dân tộc tổ chức họp báo.

https://www.youtube.com/watch?v=${YOUTUBE_ID}

Toàn bộ buổi họp báo:

[Họp báo trực tuyến chiều 21/5](https://vimeo.com/${VIMEO_ID})

![Bộ trưởng phát biểu khai mạc họp báo](./hop-bao.mp4)

Họp báo kết thúc lúc 17 giờ.
`,
  );
  writeFileSync(path.join(video, 'hop-bao.mp4'), makeMp4());
  writeFileSync(path.join(video, 'hop-bao.vtt'), VTT);
  await makePhoto(path.join(video, 'hop-bao.jpg'), 640, 360, 21);

  const mdx = writeArticle(
    contentDir,
    '2026',
    VIDEO_MDX_ARTICLE,
    `
title: "Phóng sự về đồng bào vùng cao trong MDX có video"
lede: "Bài MDX thử nghiệm thành phần Video và văn bản đính kèm trong nội dung."
publishedAt: 2026-05-22 08:00
category: hoat-dong-dia-phuong
`,
    `
Phóng sự ghi lại đời sống đồng bào vùng cao.

<Video src="https://youtu.be/${YOUTUBE_ID}" title="Phóng sự: đời sống đồng bào vùng cao" />

<Video src="./phong-su.mp4" title="Phóng sự đầy đủ (tệp MP4)" />

Tải [Báo cáo tổng kết](./bao-cao-tong-ket.pdf).
`,
    'index.mdx',
  );
  writeFileSync(path.join(mdx, 'phong-su.mp4'), makeMp4(8192));
  writeFileSync(path.join(mdx, 'bao-cao-tong-ket.pdf'), await makePdf(1, 'Bao cao tong ket'));
}
