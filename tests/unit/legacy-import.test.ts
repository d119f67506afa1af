import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../scripts/import-legacy.ts';
import { validateArticle } from '../../src/lib/content/validate.ts';
import {
  EXPECTED,
  FIXTURES,
  frontmatter,
  SEEDS,
  SEED_000,
  SHAPES,
  snapshot,
  tempDirs,
  VARIANTS,
} from '../support/legacy.ts';

const SEED_003_OUT =
  'news/2021/can-doi-moi-phuong-phap-nang-cao-tinh-than-quyet-tam-cao-nhat-hoan-thanh-ke/index.md';

const temp = tempDirs();
const tempDir = () => temp.make('legacy-import-');
afterEach(() => {
  temp.cleanup();
  vi.restoreAllMocks();
});

describe('legacy importer CLI', () => {
  it('writes the articles and the report, and a second run changes nothing (byte for byte)', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const out = tempDir();
    writeFileSync(path.join(out, 'sources.yaml'), readFileSync(path.join(FIXTURES, 'sources.yaml')));
    // Another article already uses the slug of seed 000: the import must not overwrite it.
    const otherDir = path.join(
      out,
      'news/2020/hoi-nghi-trien-khai-chuong-trinh-mtqg-phat-trien-kt-xh-vung-dong-bao-dtts-va-mn',
    );
    mkdirSync(otherDir, { recursive: true });
    writeFileSync(path.join(otherDir, 'index.md'), '---\ntitle: "Bài khác"\n---\n\nKhác.\n');

    expect(await main([SEEDS, '--out', out])).toBe(0);
    const first = snapshot(out);
    expect([...first.keys()].sort()).toEqual(
      [
        'import-manifest.json',
        'import-report.md',
        'news/2020/hoi-nghi-trien-khai-chuong-trinh-mtqg-phat-trien-kt-xh-vung-dong-bao-dtts-va-mn/index.md',
        'news/2021/can-doi-moi-phuong-phap-nang-cao-tinh-than-quyet-tam-cao-nhat-hoan-thanh-ke/index.md',
        'news/2022/hoi-nghi-trien-khai-chuong-trinh-mtqg-phat-trien-kt-xh-vung-dong-bao-dtts-va-mn-2/index.md',
        'sources.yaml',
      ].map((p) => p.split('/').join(path.sep)),
    );
    const seed000 = readFileSync(
      path.join(
        out,
        'news/2022/hoi-nghi-trien-khai-chuong-trinh-mtqg-phat-trien-kt-xh-vung-dong-bao-dtts-va-mn-2/index.md',
      ),
      'utf8',
    );
    expect(seed000).toBe(readFileSync(path.join(EXPECTED, '000_48cf783dc6e4e2ed.md'), 'utf8'));
    const report = readFileSync(path.join(out, 'import-report.md'), 'utf8');
    expect(report).toContain('## 000_48cf783dc6e4e2ed.txt');
    expect(report.indexOf('## 000_')).toBeLessThan(report.indexOf('## 003_'));
    expect(report).toContain('year inferred from text: 2021');

    expect(await main([SEEDS, '--out', out])).toBe(0);
    expect(snapshot(out)).toEqual(first);
  });

  it('continues after a rejected file, lists it, exits non-zero; --dry-run writes nothing', async () => {
    const logs: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((...args) => void logs.push(args.join(' ')));
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args) => void errors.push(args.join(' ')));
    const input = tempDir();
    writeFileSync(
      path.join(input, '001_vni.txt'),
      Buffer.from('Hoäi nghò coâng taùc daân toäc naêm 2022 cuûa UÛy ban vaø caùc ñòa phöông', 'latin1'),
    );
    writeFileSync(path.join(input, '002_48cf783dc6e4e2ed.txt'), readFileSync(path.join(SEEDS, SEED_000)));
    const out = tempDir();

    expect(await main([input, '--out', out, '--dry-run'])).toBe(1);
    expect(readdirSync(out)).toEqual([]);

    expect(await main([input, '--out', out])).toBe(1);
    expect(errors.join('\n')).toContain('001_vni.txt');
    expect(logs.some((l) => l.includes('imported 1/2') && l.includes('1 failed'))).toBe(true);
    const report = readFileSync(path.join(out, 'import-report.md'), 'utf8');
    expect(report).toMatch(/## 001_vni\.txt\n\n\*\*Không nhập \/ Rejected:\*\* 001_vni\.txt: /);
  });
});

describe('import:legacy re-run over hand-edited articles', () => {
  it('keeps the documented seed-003 hand edit (draft: false) and other edits, and stays idempotent', async () => {
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const out = tempDir();
    writeFileSync(path.join(out, 'sources.yaml'), readFileSync(path.join(FIXTURES, 'sources.yaml')));
    expect(await main([SEEDS, '--out', out])).toBe(0);
    const file = path.join(out, SEED_003_OUT);
    const fresh = readFileSync(file, 'utf8');
    expect(fresh).toContain('\ndraft: true\n');

    const edited = fresh
      .replace('\ndraft: true\n', '\ndraft: false\n')
      .replace(
        '\ncategory: hoat-dong-ban\n',
        '\ncategory: hoat-dong-ban\ntags: ["Chiến lược Công tác dân tộc"]\nauthor: "Minh Thu"\n',
      );
    writeFileSync(file, edited);
    expect(await main([SEEDS, '--out', out])).toBe(0);
    const after = readFileSync(file, 'utf8');
    const data = frontmatter(after);
    expect(data.draft).toBe(false);
    expect(data.tags).toEqual(['Chiến lược Công tác dân tộc']);
    expect(data.author).toBe('Minh Thu');
    // Staff did not touch the body: it is the importer's, unchanged.
    expect(after.slice(after.indexOf('\n---\n'))).toBe(fresh.slice(fresh.indexOf('\n---\n')));
    const report = readFileSync(path.join(out, 'import-report.md'), 'utf8');
    expect(report).toContain(
      '- **sửa tay / hand edit:** Giữ sửa tay của biên tập viên trong bài đã có (draft: false; tags: ["Chiến lược Công tác dân tộc"]; author: “Minh Thu”)',
    );

    expect(await main([SEEDS, '--out', out])).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(after);
    expect(readFileSync(path.join(out, 'import-report.md'), 'utf8')).toBe(report);
  });
});

/** A content folder with the fixture registries, and helpers to run the command on pages. */
function workspace() {
  const out = tempDir();
  const input = tempDir();
  writeFileSync(path.join(out, 'sources.yaml'), readFileSync(path.join(FIXTURES, 'sources.yaml')));
  writeFileSync(path.join(out, 'categories.yaml'), readFileSync('content/categories.yaml'));
  const logs: string[] = [];
  vi.spyOn(console, 'log').mockImplementation((...args) => void logs.push(args.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...args) => void logs.push(args.join(' ')));
  return {
    out,
    input,
    logs,
    page(name: string, text: string) {
      rmSync(input, { recursive: true, force: true });
      mkdirSync(input, { recursive: true });
      writeFileSync(path.join(input, name), text);
    },
    pages(files: Record<string, string>) {
      rmSync(input, { recursive: true, force: true });
      mkdirSync(input, { recursive: true });
      for (const [name, text] of Object.entries(files)) writeFileSync(path.join(input, name), text);
    },
    run: () => main([input, '--out', out]),
    articles: () =>
      readdirSync(path.join(out, 'news'), { recursive: true, encoding: 'utf8' })
        .filter((f) => f.endsWith('index.md'))
        .sort(),
    read: (file: string) => readFileSync(path.join(out, 'news', file), 'utf8'),
    report: () => readFileSync(path.join(out, 'import-report.md'), 'utf8'),
    manifest: () => readFileSync(path.join(out, 'import-manifest.json'), 'utf8'),
  };
}

const shape = (name: string) => readFileSync(path.join(SHAPES, name), 'utf8');
const variant = (name: string) => readFileSync(path.join(FIXTURES, 'variants', name), 'utf8');

describe('import:legacy identity: the old portal’s URL or page id, not the file name', () => {
  it('the same page under another file name is the same article (found by its old URL)', async () => {
    const ws = workspace();
    ws.page('206_5a9e000000000206.txt', shape('206_5a9e000000000206.txt'));
    expect(await ws.run()).toBe(0);
    const [file] = ws.articles();
    expect(frontmatter(ws.read(file!)).legacy).toEqual({
      views: 42,
      url: 'https://ubdt.gov.vn/tin-tuc/hoat-dong-ban/hoi-nghi-tong-ket-206.htm',
      id: '5a9e000000000206',
    });
    // A later scrape saves it as another file, with http:// and "www.", and more views.
    ws.page(
      '900_0000000000000900.txt',
      shape('206_5a9e000000000206.txt')
        .replace('URL: https://ubdt.gov.vn/', 'URL: http://www.ubdt.gov.vn/')
        .replace('Lượt xem: 42', 'Lượt xem: 57'),
    );
    expect(await ws.run()).toBe(0);
    expect(ws.articles()).toEqual([file]);
    expect(frontmatter(ws.read(file!)).legacy).toMatchObject({ views: 57, id: '0000000000000900' });
  });

  it('a different page with an existing article’s id is a conflict: nothing written, the report says why', async () => {
    const ws = workspace();
    ws.page(SEED_000, readFileSync(path.join(SEEDS, SEED_000), 'utf8'));
    expect(await ws.run()).toBe(0);
    const before = snapshot(ws.out);
    ws.page('002_48cf783dc6e4e2ed.txt', variant('101_a1b2c3d4e5f60001.txt'));
    expect(await ws.run()).toBe(1);
    const after = snapshot(ws.out);
    after.delete('import-report.md');
    before.delete('import-report.md');
    expect(after).toEqual(before);
    const report = ws.report();
    expect(report).toContain('## 002_48cf783dc6e4e2ed.txt');
    expect(report).toMatch(
      /Xung đột: trang này có cùng địa chỉ\/mã với bài .*news\/2022\/hoi-nghi-trien-khai/u,
    );
    expect(report).toContain('conflict: same old URL/id');
    expect(ws.logs.join('\n')).toContain('002_48cf783dc6e4e2ed.txt');
  });

  it('two files of one run with one identity: the second is refused (another text) or skipped (same text)', async () => {
    const ws = workspace();
    const seed = readFileSync(path.join(SEEDS, SEED_000), 'utf8');
    ws.pages({
      '000_48cf783dc6e4e2ed.txt': seed,
      '001_48cf783dc6e4e2ed.txt': seed,
      '002_48cf783dc6e4e2ed.txt': variant('101_a1b2c3d4e5f60001.txt'),
    });
    expect(await ws.run()).toBe(1);
    expect(ws.articles()).toHaveLength(1);
    const report = ws.report();
    expect(report).toContain('the same page as an earlier file of this run: skipped');
    expect(report).toMatch(
      /## 002_48cf783dc6e4e2ed\.txt\n\n\*\*Không nhập \/ Rejected:\*\* 002_48cf783dc6e4e2ed\.txt: Xung đột/u,
    );
  });

  it('an old id held by an article with another old URL is another page: refused', async () => {
    const ws = workspace();
    ws.page('206_5a9e000000000206.txt', shape('206_5a9e000000000206.txt'));
    expect(await ws.run()).toBe(0);
    ws.page(
      '206_5a9e000000000206.txt',
      shape('206_5a9e000000000206.txt').replace('hoi-nghi-tong-ket-206.htm', 'trang-khac-999.htm'),
    );
    expect(await ws.run()).toBe(1);
    expect(ws.articles()).toHaveLength(1);
    expect(ws.report()).toContain('page id already belongs to an article with another old URL');
  });

  it('an article staff deleted is not recreated by a re-run', async () => {
    const ws = workspace();
    ws.page(SEED_000, readFileSync(path.join(SEEDS, SEED_000), 'utf8'));
    expect(await ws.run()).toBe(0);
    rmSync(path.join(ws.out, 'news'), { recursive: true });
    expect(await ws.run()).toBe(0);
    expect(existsSync(path.join(ws.out, 'news'))).toBe(false);
    expect(ws.report()).toContain('imported before but deleted since: not recreated');
  });
});

describe('import:legacy keeps editors’ changes across re-imports', () => {
  const PAGE = '201_5a9e000000000201.txt';

  it('staff-changed fields and body are kept, portal changes staff did not touch are taken', async () => {
    const ws = workspace();
    ws.page(PAGE, shape(PAGE));
    expect(await ws.run()).toBe(0);
    const [file] = ws.articles();
    const first = ws.read(file!);
    // Staff: new title, a sentence added to the last paragraph.
    const edited = first
      .replace(/\ntitle: ".*"\n/u, '\ntitle: "Sơ kết công tác dân tộc 6 tháng đầu năm 2021"\n')
      .replace(/báo cáo Chính phủ\.\n$/u, 'báo cáo Chính phủ. Đoạn biên tập viên thêm.\n');
    writeFileSync(path.join(ws.out, 'news', file!), edited);
    // The portal: more views, and the source line now names the paper in full.
    ws.page(
      PAGE,
      shape(PAGE)
        .replace('Lượt xem: 3105', 'Lượt xem: 4000')
        .replace('Trích nguồn Báo Dân tộc', 'Theo Báo Dân tộc'),
    );
    expect(await ws.run()).toBe(0);
    const after = ws.read(file!);
    const data = frontmatter(after);
    expect(data.title).toBe('Sơ kết công tác dân tộc 6 tháng đầu năm 2021');
    expect(after).toContain('báo cáo Chính phủ. Đoạn biên tập viên thêm.');
    expect((data.legacy as { views: number }).views).toBe(4000);
    expect(data.source).toEqual({ id: 'bao-dan-toc', kind: 'theo' });
    const report = ws.report();
    expect(report).toContain(
      'Giữ sửa tay của biên tập viên trong bài đã có (title: “Sơ kết công tác dân tộc 6 tháng đầu năm 2021”)',
    );
    expect(report).toContain('kept the body as the editors edited it');

    // Now the portal changes the title too: staff's stays, the report shows both.
    ws.page(
      PAGE,
      shape(PAGE).replace('Hội nghị sơ kết công tác dân tộc sáu tháng', 'Hội nghị sơ kết 6 tháng'),
    );
    expect(await ws.run()).toBe(0);
    expect(frontmatter(ws.read(file!)).title).toBe('Sơ kết công tác dân tộc 6 tháng đầu năm 2021');
    expect(ws.report()).toContain(
      'Cả biên tập viên và cổng cũ đã đổi title: giữ bản của biên tập viên “Sơ kết công tác dân tộc 6 tháng đầu năm 2021”; cổng cũ nay ghi “Hội nghị sơ kết 6 tháng đầu năm 2021”',
    );
    // From then on the report lists the title as a kept hand edit, and a run on unchanged input
    // changes nothing.
    expect(await ws.run()).toBe(0);
    expect(ws.report()).toContain('Giữ sửa tay của biên tập viên trong bài đã có (title: “Sơ kết');
    const settled = snapshot(ws.out);
    expect(await ws.run()).toBe(0);
    expect(snapshot(ws.out)).toEqual(settled);
  });

  it('a staff value the build would reject is replaced by the importer’s, and reported', async () => {
    const ws = workspace();
    ws.page(PAGE, shape(PAGE));
    expect(await ws.run()).toBe(0);
    const [file] = ws.articles();
    writeFileSync(
      path.join(ws.out, 'news', file!),
      ws.read(file!).replace('\ndraft: false\n', '\ndraft: "không"\n'),
    );
    expect(await ws.run()).toBe(0);
    expect(frontmatter(ws.read(file!)).draft).toBe(false);
    expect(ws.report()).toContain("the article's draft is not valid: the importer's value is written");
  });

  it('an existing article whose front matter is broken YAML is not overwritten', async () => {
    const ws = workspace();
    ws.page(PAGE, shape(PAGE));
    expect(await ws.run()).toBe(0);
    const [file] = ws.articles();
    const broken = ws.read(file!).replace('\ndraft: false\n', '\ndraft: [\n');
    writeFileSync(path.join(ws.out, 'news', file!), broken);
    expect(await ws.run()).toBe(1);
    expect(ws.read(file!)).toBe(broken);
  });
});

describe('import:legacy re-runs at scale: unchanged pages are skipped, and only those', () => {
  const skipped = (logs: string[]) =>
    Number(/(\d+) unchanged since the last run, skipped/.exec(logs.at(-1)!)?.[1]);
  const PAGES = ['201_5a9e000000000201.txt', '202_5a9e000000000202.txt', '203_5a9e000000000203.txt'];

  it('skips a page only while the page, its article and its report section are as the last run left them', async () => {
    const ws = workspace();
    ws.pages(Object.fromEntries(PAGES.map((name) => [name, shape(name)])));
    expect(await ws.run()).toBe(0);
    expect(skipped(ws.logs)).toBe(0);
    const first = snapshot(ws.out);
    expect(ws.manifest()).toMatch(
      /"page": "[\w-]{16}",\n\s+"written": "[\w-]{16}",\n\s+"report": "[\w-]{16}"/,
    );

    expect(await ws.run()).toBe(0);
    expect(skipped(ws.logs)).toBe(3);
    expect(snapshot(ws.out)).toEqual(first);

    // Staff edit one article, the portal changes another page: those two go through the importer.
    const articleOf = (id: string) =>
      ws
        .articles()
        .find((f) => (frontmatter(ws.read(f)).legacy as { id?: string }).id === `5a9e000000000${id}`);
    const [a201, a202] = [articleOf('201'), articleOf('202')];
    const edited = ws.read(a201!).replace(/\ntitle: "/u, '\ntitle: "(Đã biên tập) ');
    writeFileSync(path.join(ws.out, 'news', a201!), edited);
    writeFileSync(path.join(ws.input, PAGES[1]!), shape(PAGES[1]!).replace('Lượt xem: 87', 'Lượt xem: 99'));
    expect(await ws.run()).toBe(0);
    expect(skipped(ws.logs)).toBe(1);
    expect(ws.read(a201!)).toBe(edited);
    expect(ws.report()).toContain('Giữ sửa tay của biên tập viên trong bài đã có (title: “(Đã biên tập)');
    expect((frontmatter(ws.read(a202!)).legacy as { views: number }).views).toBe(99);
    const settled = snapshot(ws.out);

    // Outcomes kept and updated above are stable: the next run skips all three, same report.
    expect(await ws.run()).toBe(0);
    expect(skipped(ws.logs)).toBe(3);
    expect(snapshot(ws.out)).toEqual(settled);

    // A report section that is not the one recorded is not reused: that page is imported again.
    const report = ws.report();
    writeFileSync(
      path.join(ws.out, 'import-report.md'),
      report.replace('## 203_5a9e000000000203.txt\n', '## 203_5a9e000000000203.txt\nGhi chú tay.\n'),
    );
    expect(await ws.run()).toBe(0);
    expect(skipped(ws.logs)).toBe(2);
    expect(ws.report()).toBe(report);

    // Another setting of the run (here the default category) can change any outcome: none skipped.
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await main([ws.input, '--out', ws.out, '--category', 'tin-tong-hop'])).toBe(0);
    expect(skipped(ws.logs)).toBe(0);
  });

  it('an article deleted by staff after a skip-ready run is reported, not recreated', async () => {
    const ws = workspace();
    ws.page(PAGES[0]!, shape(PAGES[0]!));
    expect(await ws.run()).toBe(0);
    const [file] = ws.articles();
    rmSync(path.join(ws.out, 'news', file!));
    expect(await ws.run()).toBe(0);
    expect(skipped(ws.logs)).toBe(0);
    expect(ws.articles()).toEqual([]);
    expect(ws.report()).toContain('imported before but deleted since: not recreated');
  });
});

describe('import:legacy writes only what the build accepts', () => {
  it('a page whose title ran into the whole text: a draft with a shortened title, a comment and a report line', async () => {
    const ws = workspace();
    const long = Array.from(
      { length: 40 },
      (_, i) => `câu số ${i + 1} của phần nội dung bị dính vào tiêu đề`,
    ).join(' ');
    ws.page(
      PAGE_WITH_LONG_TITLE,
      shape('201_5a9e000000000201.txt').replace(/^Hội nghị sơ kết .*$/mu, `Hội nghị ${long}`),
    );
    expect(await ws.run()).toBe(0);
    const [file] = ws.articles();
    const text = ws.read(file!);
    const data = frontmatter(text);
    expect(data.draft).toBe(true);
    expect(String(data.title).length).toBeLessThanOrEqual(300);
    expect(text).toMatch(/^---\n# Trình nhập: tiêu đề trên cổng cũ dài [\d.]+ ký tự \(tối đa 300\)/u);
    expect(text).toContain(`\n\nHội nghị ${long}\n\n`);
    expect(
      validateArticle(text, path.join(ws.out, 'news', file!), {
        categories: new Set(['hoat-dong-ban']),
        sources: new Set(['bao-dan-toc']),
      }).problems,
    ).toEqual([]);
    expect(ws.report()).toContain(
      "over the build's limit of 300: shortened, full text kept at the top of the body, written as a draft",
    );
  });
});

const PAGE_WITH_LONG_TITLE = '210_5a9e000000000210.txt';

describe('import:legacy with worker threads', () => {
  /**
   * One import history in a fixed folder (paths appear in messages): a first import of every
   * fixture page and 40 more, with a page seen twice, a conflict, an empty and an undecodable
   * file and a taken slug; then staff edits, a deletion and a portal change; then a re-run that
   * skips. Everything the runs leave and print.
   */
  async function history(base: string, jobs: string) {
    const out = path.join(base, 'content');
    const input = path.join(base, 'pages');
    rmSync(base, { recursive: true, force: true });
    mkdirSync(input, { recursive: true });
    mkdirSync(path.join(out, 'news/2020/hoi-nghi-so-ket'), { recursive: true });
    writeFileSync(path.join(out, 'sources.yaml'), readFileSync(path.join(FIXTURES, 'sources.yaml')));
    writeFileSync(path.join(out, 'categories.yaml'), readFileSync('content/categories.yaml'));
    writeFileSync(
      path.join(out, 'news/2020/hoi-nghi-so-ket/index.md'),
      '---\ntitle: "Bài khác"\n---\n\nKhác.\n',
    );
    for (const dir of [SEEDS, SHAPES, VARIANTS])
      for (const name of readdirSync(dir))
        writeFileSync(path.join(input, name), readFileSync(path.join(dir, name)));
    const shapes = readdirSync(SHAPES).sort();
    for (let i = 0; i < 40; i++) {
      const name = shapes[i % shapes.length] as string;
      const text = shape(name).replace(/\.htm\b/u, `-${i}.htm`);
      writeFileSync(path.join(input, `${300 + i}_5a9e0000000003${String(i).padStart(2, '0')}.txt`), text);
    }
    writeFileSync(path.join(input, `901_${SEED_000.slice(4)}`), readFileSync(path.join(SEEDS, SEED_000)));
    writeFileSync(path.join(input, `902_${SEED_000.slice(4)}`), variant('101_a1b2c3d4e5f60001.txt'));
    writeFileSync(path.join(input, '903_0000000000000903.txt'), '');
    writeFileSync(
      path.join(input, '904_0000000000000904.txt'),
      Buffer.from([0xff, 0x81, 0x8d, 0x90, 0x9d, 0xfe]),
    );

    const logs: string[] = [];
    const log = (...args: unknown[]) => void logs.push(args.join(' '));
    vi.spyOn(console, 'log').mockImplementation(log);
    vi.spyOn(console, 'warn').mockImplementation(log);
    vi.spyOn(console, 'error').mockImplementation(log);
    const steps: { code: number; files: Map<string, string> }[] = [];
    const run = async () =>
      steps.push({ code: await main([input, '--out', out, '--jobs', jobs]), files: snapshot(out) });

    await run();
    const articles = readdirSync(path.join(out, 'news'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('index.md') && !f.includes('hoi-nghi-so-ket' + path.sep))
      .sort();
    const edited = path.join(out, 'news', articles[0] as string);
    writeFileSync(edited, readFileSync(edited, 'utf8').replace(/\ntitle: "/u, '\ntitle: "(Đã biên tập) '));
    rmSync(path.dirname(path.join(out, 'news', articles[1] as string)), { recursive: true });
    const portal = path.join(input, '206_5a9e000000000206.txt');
    writeFileSync(portal, readFileSync(portal, 'utf8').replace('Lượt xem: 42', 'Lượt xem: 57'));
    await run();
    await run();
    return { steps, logs, articles: articles.length };
  }

  it('content, manifest and report are byte for byte those of one thread, in every step of a history', async () => {
    const base = path.join(tempDir(), 'history');
    const inThread = await history(base, '0');
    const withWorkers = await history(base, '2');
    // The history is not trivial: rejected files, many articles, the re-run changes things.
    expect(inThread.steps.map((step) => step.code)).toEqual([1, 1, 1]);
    expect(inThread.articles).toBeGreaterThan(50);
    expect(inThread.steps[1]?.files).not.toEqual(inThread.steps[0]?.files);
    expect(inThread.logs.join('\n')).toContain('0 thay đổi, 0 trang không đổi');
    expect(withWorkers.steps).toEqual(inThread.steps);
    expect(withWorkers.logs).toEqual(inThread.logs);
  });
});
