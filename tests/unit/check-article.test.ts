/** The one article validation (build, linter and dev preview), tried as a careless or hostile author would. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkArticle, removedByPolicy } from '../../src/lib/content/check-article.ts';
import { readRegistries } from '../../src/lib/content/registries.ts';
import { makePhoto } from '../support/photos.ts';
import { makeMp4, makePdf } from '../support/documents.ts';

const registries = readRegistries('content');
let root = '';

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'cema-check-'));
  await makePhoto(path.join(root, 'news/2024/bai-anh/anh-1.jpg'), 400, 300);
  const whole = readFileSync(path.join(root, 'news/2024/bai-anh/anh-1.jpg'));
  writeFileSync(
    path.join(root, 'news/2024/bai-anh/cat-cut.jpg'),
    whole.subarray(0, Math.floor(whole.length / 2)),
  );
  writeFileSync(
    path.join(root, 'news/2024/bai-anh/bieu-do.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
  );
  await makePhoto(path.join(root, 'ngoai/anh-ngoai.jpg'), 400, 300);
  symlinkSync(path.join(root, 'ngoai/anh-ngoai.jpg'), path.join(root, 'news/2024/bai-anh/lien-ket.jpg'));
  writeFileSync(path.join(root, 'news/2024/bai-anh/qd-98.pdf'), await makePdf(2));
  writeFileSync(path.join(root, 'news/2024/bai-anh/hop-bao.mp4'), makeMp4());
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const FRONT = 'title: "Bài thử"\nlede: "Sapo."\npublishedAt: 2024-01-02 08:00\ncategory: hoat-dong-ban';

async function problemsOf(
  frontmatter: string,
  body = 'Nội dung.',
  file = path.join(root, 'news/2024/bai-anh/index.md'),
) {
  const result = await checkArticle(`---\n${frontmatter}\n---\n\n${body}\n`, file, registries);
  return {
    errors: result.problems.map((p) => `${p.line} ${p.field}: ${p.message}`),
    warnings: result.warnings.map((p) => `${p.line} ${p.field}: ${p.message}`),
  };
}

describe('checkArticle: URLs a reader follows or loads', () => {
  it.each([
    ['[x](javascript:alert(1))', 'javascript:alert(1)', 8],
    ['[x](JaVaScRiPt:alert(1))', 'JaVaScRiPt:alert(1)', 8],
    ['[x](data:text/html;base64,PHNjcmlwdD4=)', 'data:text/html;base64,PHNjcmlwdD4=', 8],
    ['[x][r]\n\n[r]: vbscript:msgbox', 'vbscript:msgbox', 10],
    ['<a href="javascript:alert(1)">x</a>', 'javascript:alert(1)', 8],
  ])('refuses %s in the body, naming the line', async (body, url, line) => {
    const { errors } = await problemsOf(FRONT, body);
    expect(errors).toContainEqual(
      `${line} (liên kết): liên kết "${url}" không an toàn cho người đọc: chỉ dùng https://, http://, mailto:, tel: hoặc đường dẫn trong trang (vd. /tin-tuc/…)`,
    );
  });

  it('refuses a javascript: or data: source URL in the front matter', async () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x']) {
      const { errors } = await problemsOf(`${FRONT}\nsource: { name: "Báo X", url: "${url}" }`);
      expect(errors).toContainEqual(
        '6 source.url (nguồn): địa chỉ bài gốc phải là URL đầy đủ bắt đầu bằng https:// hoặc http://',
      );
    }
  });

  it('accepts http(s), mailto, tel and site-relative links', async () => {
    const body =
      '[a](https://baodantoc.vn/) [b](mailto:a@b.vn) [c](tel:+84243) [d](/tin-tuc/x/) [e](#muc) [f](../x/)';
    expect((await problemsOf(FRONT, body)).errors).toEqual([]);
  });
});

describe('checkArticle: raw HTML and MDX', () => {
  it('warns, naming the line, about markup the pages and feeds will drop', async () => {
    const { errors, warnings } = await problemsOf(
      FRONT,
      'Đoạn.\n\n<script>alert(1)</script>\n\n<p onclick="x()">a</p>',
    );
    expect(errors).toEqual([]);
    expect(warnings[0]).toMatch(/^10 \(HTML\): trang và RSS sẽ bỏ <script>/);
    expect(warnings[1]).toMatch(/^12 \(HTML\): trang và RSS sẽ bỏ onClick \(trong <p>\)/);
    expect(removedByPolicy('<iframe src="https://youtube.com/embed/x"></iframe><b>x</b>')).toEqual([
      '<iframe>',
      'src (trong <iframe>)',
    ]);
  });

  it('refuses an MDX component the site does not have and reports MDX syntax errors', async () => {
    const file = path.join(root, 'news/2024/bai-anh/index.mdx');
    expect((await problemsOf(FRONT, '<Youtube id="x" />', file)).errors).toEqual([
      '8 (nội dung): không có thành phần <Youtube> (các thành phần dùng được: <Figure>, <Video>)',
    ]);
    expect((await problemsOf(FRONT, 'Đoạn <b>không đóng', file)).errors[0]).toMatch(
      /^8 \(nội dung\): cú pháp MDX sai/,
    );
  });
});

describe('checkArticle: images stay inside the article folder, in the listed formats', () => {
  it.each([
    ['![Biểu đồ](./bieu-do.svg)', /ảnh "\.\/bieu-do\.svg" là SVG/],
    ['![Ảnh](../../2023/bai-khac/anh.jpg)', /phải nằm trong thư mục của bài viết/],
    ['![Ảnh](./lien-ket.jpg)', /liên kết tới tệp ngoài thư mục bài viết/],
    ['![Ảnh](./cat-cut.jpg)', /không đọc được tệp ảnh "\.\/cat-cut\.jpg"/],
    ['![Ảnh](./tai-lieu.pdf)', /không phải định dạng được đăng/],
  ])('%s', async (body, message) => {
    const { errors } = await problemsOf(FRONT, body);
    expect(errors).toContainEqual(expect.stringMatching(message));
    expect(errors.every((e) => e.startsWith('8 '))).toBe(true);
  });

  it('accepts a photo beside the article', async () => {
    expect((await problemsOf(FRONT, '![Ảnh](./anh-1.jpg)')).errors).toEqual([]);
  });
});

describe('checkArticle: front matter, folder and tags', () => {
  it('reports YAML mistakes in Vietnamese with their line: duplicate keys, tabs, alias bombs', async () => {
    expect((await problemsOf(`${FRONT}\ntitle: "Hai lần"`)).errors).toEqual([
      '6 (YAML): YAML không hợp lệ: một trường được viết hai lần; giữ một dòng, xóa dòng còn lại (gần "title: \"Hai lần\"")',
    ]);
    expect((await problemsOf(`${FRONT}\ntags:\n\t- a`)).errors[0]).toMatch(
      /^7 \(YAML\): YAML không hợp lệ: dòng thụt vào bằng phím Tab/,
    );
    const bomb =
      'x: &a [1,1,1,1,1,1,1,1,1]\ny: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nz: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]';
    expect((await problemsOf(`${FRONT}\n${bomb}`)).errors[0]).toMatch(/quá nhiều bí danh YAML/);
  });

  it('refuses an impossible time-zone offset instead of crashing later', async () => {
    const { errors } = await problemsOf(FRONT.replace('2024-01-02 08:00', '2024-01-02T08:00:00+25:00'));
    expect(errors).toEqual([
      expect.stringMatching(/^4 publishedAt \(ngày đăng\): múi giờ "\+25:00" không có thật/),
    ]);
  });

  it('refuses a folder name outside the slug rule and a tag with no letter', async () => {
    const file = path.join(root, 'news/2024/Bài Mới/index.md');
    mkdirSync(path.dirname(file), { recursive: true });
    expect((await problemsOf(FRONT, 'x', file)).errors).toContainEqual(
      expect.stringMatching(/^1 \(thư mục\): tên thư mục "Bài Mới"/),
    );
    const { errors, warnings } = await problemsOf(`${FRONT}\ntags: ["!!!", "Dân tộc", "dân tộc"]`);
    expect(errors).toEqual([
      '6 tags (từ khóa): từ khóa "!!!" không có chữ hoặc số nào để làm địa chỉ trang từ khóa',
    ]);
    expect(warnings).toEqual([
      '6 tags (từ khóa): từ khóa "dân tộc" và "Dân tộc" dùng chung một trang (/tu-khoa/dan-toc/): giữ một cách viết',
    ]);
  });

  it('warns about a title wrapped in curly quotes', async () => {
    const { warnings } = await problemsOf(FRONT.replace('"Bài thử"', '"“Bài thử”"'));
    expect(warnings).toEqual([
      expect.stringMatching(/^2 title \(tiêu đề\): tiêu đề nằm trong dấu ngoặc kép/),
    ]);
  });
});

describe('checkArticle: attached documents and videos', () => {
  const ATTACHED = `${FRONT}\nattachments:\n  - title: "Quyết định số 98"\n    file: ./qd-98.pdf`;

  it('accepts a front-matter attachment, a body link to a file and a local video beside the article', async () => {
    const { errors, warnings } = await problemsOf(
      ATTACHED,
      'Xem [quyết định](./qd-98.pdf).\n\n![Họp báo](./hop-bao.mp4)\n\nhttps://www.youtube.com/watch?v=dQw4w9WgXcQ',
    );
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it('names the front-matter line of a missing attachment, and the body line of a missing linked file', async () => {
    const { errors } = await problemsOf(
      `${FRONT}\nattachments:\n  - title: "Kế hoạch"\n    file: ./ke-hoach.docx`,
      'Đoạn.\n\nTải [bảng](./bang-tong-hop.xlsx).',
    );
    expect(errors).toEqual([
      '8 attachments (văn bản đính kèm): không tìm thấy tệp "ke-hoach.docx" cạnh bài viết: chép tệp vào thư mục bai-anh/ hoặc sửa tên trong bài (missing file)',
      '13 (liên kết): không tìm thấy tệp "bang-tong-hop.xlsx" cạnh bài viết: chép tệp vào thư mục bai-anh/ hoặc sửa tên trong bài (missing file)',
    ]);
  });

  it('refuses an attachment without a title, a disallowed type, and a video without a name', async () => {
    expect((await problemsOf(`${FRONT}\nattachments:\n  - file: ./qd-98.pdf`)).errors[0]).toMatch(
      /^7 attachments\.0\.title \(văn bản đính kèm\): thiếu tên văn bản/,
    );
    expect((await problemsOf(FRONT, '[Tải](./cai-dat.exe)')).errors[0]).toMatch(
      /^8 \(liên kết\): tệp "\.\/cai-dat\.exe" không thuộc loại được đăng kèm bài/,
    );
    expect((await problemsOf(FRONT, '![](./hop-bao.mp4)')).errors).toEqual([
      '8 (video): video "./hop-bao.mp4" cần tên trong ngoặc vuông (đọc cho người khiếm thị, hiện dưới video): ![Tên video](./hop-bao.mp4)',
    ]);
  });

  it('checks <Video> in MDX: a literal src the site can play and a title', async () => {
    const file = path.join(root, 'news/2024/bai-anh/index.mdx');
    expect((await problemsOf(FRONT, '<Video src="./hop-bao.mp4" title="Họp báo" />', file)).errors).toEqual(
      [],
    );
    expect((await problemsOf(FRONT, '<Video src="https://evil.example/v" />', file)).errors).toEqual([
      '8 (video): <Video src="https://evil.example/v">: chỉ dùng địa chỉ video YouTube, Vimeo hoặc tệp .mp4 cạnh bài',
      '8 (video): <Video> cần title="…": tên video, đọc cho người khiếm thị và hiện dưới video',
    ]);
    expect((await problemsOf(FRONT, '<Video src="./khong-co.mp4" title="X" />', file)).errors[0]).toContain(
      'không tìm thấy tệp "khong-co.mp4"',
    );
  });

  it('suggests the new form for a pasted YouTube iframe, which the page drops', async () => {
    const { errors, warnings } = await problemsOf(
      FRONT,
      '<iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ" frameborder="0" allowfullscreen></iframe>',
    );
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      '8 (video): trang và RSS sẽ bỏ khung <iframe> dán vào: thay cả khối bằng địa chỉ video trên một dòng riêng, vd. [Tên video](https://www.youtube.com/watch?v=dQw4w9WgXcQ)',
    ]);
  });
});
