/** Files an article publishes beside itself, checked as a careless author would leave them. */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OVERSIZED_ATTACHMENT_BYTES } from '../../../src/lib/attachments.ts';
import {
  checkArticleFiles,
  fileTargetsOf,
  type FileTarget,
} from '../../../src/lib/content/attachment-checks.ts';
import { makeDocx, makeMp4, makePdf } from '../../support/documents.ts';

let root = '';
let article = '';

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'cema-files-'));
  const dir = path.join(root, 'news/2024/bai');
  mkdirSync(dir, { recursive: true });
  mkdirSync(path.join(root, 'ngoai'));
  mkdirSync(path.join(dir, 'van-ban'));
  article = path.join(dir, 'index.md');
  writeFileSync(path.join(dir, 'qd-98.pdf'), await makePdf(2));
  writeFileSync(path.join(dir, 'ke-hoach.docx'), makeDocx('Ke hoach'));
  writeFileSync(path.join(dir, 'doi-duoi.pdf'), 'MZ\x90\x00 không phải PDF');
  writeFileSync(path.join(dir, 'hop-bao.mp4'), makeMp4());
  writeFileSync(
    path.join(dir, 'rat-nang.pdf'),
    Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(OVERSIZED_ATTACHMENT_BYTES)]),
  );
  writeFileSync(path.join(root, 'ngoai/bi-mat.pdf'), await makePdf(1));
  symlinkSync(path.join(root, 'ngoai/bi-mat.pdf'), path.join(dir, 'lien-ket.pdf'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const attachment = (url: string, line = 5): FileTarget => ({
  url,
  line,
  field: 'attachments (văn bản đính kèm)',
  kind: 'attachment',
});

function messages(targets: FileTarget[]) {
  const { problems, warnings } = checkArticleFiles(article, targets);
  return {
    errors: problems.map((p) => `${p.line} ${p.field}: ${p.message}`),
    warnings: warnings.map((p) => `${p.line} ${p.field}: ${p.message}`),
  };
}

describe('fileTargetsOf', () => {
  it('collects front-matter attachments, body links to files and local videos, with their lines', () => {
    const targets = fileTargetsOf({
      attachments: [{ file: './qd-98.pdf', line: 7 }],
      links: [
        { url: './ke-hoach.docx', line: 12, text: 'Kế hoạch' },
        { url: '/tin-tuc/bai-khac/', line: 13 },
        { url: 'https://chinhphu.vn/qd.pdf', line: 14 },
      ],
      images: [
        { url: './anh.jpg', alt: 'Ảnh', line: 15 },
        { url: './hop-bao.mp4', alt: 'Họp báo', line: 16 },
      ],
      elements: [{ name: 'Video', attributes: { src: './phong-su.mp4', title: 'Phóng sự' }, line: 18 }],
    });
    expect(targets.map((t) => [t.url, t.line, t.kind])).toEqual([
      ['./qd-98.pdf', 7, 'attachment'],
      ['./ke-hoach.docx', 12, 'attachment'],
      ['./hop-bao.mp4', 16, 'video'],
      ['./phong-su.mp4', 18, 'video'],
    ]);
  });
});

describe('checkArticleFiles', () => {
  it('accepts real files of published types in the article folder', () => {
    expect(
      messages([
        attachment('./qd-98.pdf'),
        attachment('ke-hoach.docx', 9),
        { ...attachment('./hop-bao.mp4'), kind: 'video' },
      ]),
    ).toEqual({ errors: [], warnings: [] });
  });

  it('names a missing file with its line and field', () => {
    expect(messages([attachment('./qd-99.pdf', 6)]).errors).toEqual([
      '6 attachments (văn bản đính kèm): không tìm thấy tệp "qd-99.pdf" cạnh bài viết: chép tệp vào thư mục bai/ hoặc sửa tên trong bài (missing file)',
    ]);
  });

  it('refuses types that are not published, and a video that is not MP4', () => {
    const { errors } = messages([
      attachment('./trang.html'),
      attachment('./cai-dat.exe'),
      { ...attachment('./hop-bao.avi'), kind: 'video', field: '(video)' },
    ]);
    expect(errors[0]).toContain(
      '"./trang.html" không thuộc loại được đăng kèm bài (PDF, DOC, DOCX, XLS, XLSX, ODT, ZIP)',
    );
    expect(errors[1]).toContain('"./cai-dat.exe" không thuộc loại');
    expect(errors[2]).toBe('5 (video): video "./hop-bao.avi" phải là tệp MP4 (.mp4)');
  });

  it('refuses subfolders, "..", and names that cannot be a URL, suggesting one', () => {
    const { errors } = messages([
      attachment('./van-ban/qd.pdf'),
      attachment('../khac/qd.pdf'),
      attachment('./Quyết định 98.pdf'),
    ]);
    expect(errors[0]).toContain('phải nằm ngay trong thư mục của bài viết');
    expect(errors[1]).toContain('phải nằm ngay trong thư mục của bài viết');
    expect(errors[2]).toContain('đổi tên tệp thành "quyet-dinh-98.pdf"');
  });

  it('refuses a symlink to a file outside the folder, and a file renamed to .pdf', () => {
    const { errors } = messages([attachment('./lien-ket.pdf'), attachment('./doi-duoi.pdf')]);
    expect(errors[0]).toContain('liên kết tới tệp ngoài thư mục bài viết');
    expect(errors[1]).toContain('không phải tệp PDF thật');
  });

  it('warns, without failing, about a heavy file, once even when named twice', () => {
    const { errors, warnings } = messages([attachment('./rat-nang.pdf'), attachment('./rat-nang.pdf', 20)]);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      '5 attachments (văn bản đính kèm): tệp "rat-nang.pdf" nặng 20 MB (trên 20 MB): bạn đọc dùng điện thoại tải lâu; nên nén hoặc tách tệp',
    ]);
  });
});
