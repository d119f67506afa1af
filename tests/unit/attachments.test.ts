import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  attachmentType,
  baseName,
  FILE_NAME_PATTERN,
  isLocalFileLink,
  isVideoFile,
  localFileName,
  PUBLISHED_EXTENSIONS,
  publishedFileType,
} from '../../src/lib/attachments.ts';

describe('which links point to a file beside the article', () => {
  it.each([
    ['./qd-98.pdf', true],
    ['qd-98.pdf', true],
    ['./qd-98.pdf#trang=2', true],
    ['ke-hoach.DOCX', true],
    ['../bai-khac/', false],
    ['/tin-tuc/bai/', false],
    ['/tin-tuc/bai/qd.pdf', false],
    ['#muc-1', false],
    ['https://chinhphu.vn/qd.pdf', false],
    ['mailto:ubdt@cema.gov.vn', false],
    ['./bai-khac', false],
    ['', false],
  ])('%s → %s', (url, expected) => {
    expect(isLocalFileLink(url)).toBe(expected);
  });

  it('names the file as written, without "./", query or fragment', () => {
    expect(localFileName('./qd-98.pdf#page=2')).toBe('qd-98.pdf');
    expect(localFileName('Quy%E1%BA%BFt.pdf')).toBe('Quyết.pdf');
    expect(baseName('hop-bao.mp4')).toBe('hop-bao');
  });
});

describe('published types', () => {
  it('knows documents, videos, captions and posters, and nothing that can run', () => {
    expect(attachmentType('qd.pdf')).toEqual({ label: 'PDF', mime: 'application/pdf' });
    expect(attachmentType('KH.XLSX')?.label).toBe('Excel');
    expect(attachmentType('bang.odt')?.mime).toBe('application/vnd.oasis.opendocument.text');
    for (const name of ['trang.html', 'bieu-do.svg', 'cai-dat.exe', 'ma.js', 'hop-bao.mp4'])
      expect(attachmentType(name), name).toBeUndefined();
    expect(publishedFileType('hop-bao.vtt')?.mime).toBe('text/vtt');
    expect(publishedFileType('hop-bao.mp4')?.mime).toBe('video/mp4');
    expect(publishedFileType('hop-bao.jpg')?.mime).toBe('image/jpeg');
    expect(publishedFileType('trang.html')).toBeUndefined();
    expect(isVideoFile('./hop-bao.MP4')).toBe(true);
    expect(isVideoFile('https://example.org/a.mp4')).toBe(false);
  });

  it('accepts only file names that are URL-safe as they are', () => {
    for (const name of ['qd-98-ubdt.pdf', 'ke_hoach_2022.docx', 'bao-cao.v2.xlsx'])
      expect(FILE_NAME_PATTERN.test(name), name).toBe(true);
    for (const name of ['Quyết định 98.pdf', 'QD-98.pdf', 'qd 98.pdf', '.pdf', 'qd-98'])
      expect(FILE_NAME_PATTERN.test(name), name).toBe(false);
  });
});

describe('routes', () => {
  it('every published extension has its route file, and no route serves another', () => {
    const dir = path.resolve(import.meta.dirname, '../../src/pages/tin-tuc/[slug]');
    for (const extension of PUBLISHED_EXTENSIONS)
      expect(existsSync(path.join(dir, `[name]${extension}.ts`)), extension).toBe(true);
    const routes = readdirSync(dir).filter((name) => name.startsWith('[name].'));
    expect(routes.sort()).toEqual(PUBLISHED_EXTENSIONS.map((extension) => `[name]${extension}.ts`).sort());
  });
});
