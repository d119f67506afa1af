/**
 * Benchmark of the legacy importer at the scale of the old portal: generates N synthetic
 * old-portal pages (every page shape the importer reads: 24- and 12-hour date lines, "View
 * count"/"Lượt xem", print/email tails, the three source forms, old URLs, lost-photo captions),
 * then times, in a temporary folder:
 *   bare I/O   reading each page and writing one file per article folder (the floor)
 *   import     into an empty content folder
 *   re-import  the same pages again (every article found, merged, validated, nothing written)
 *   update     after staff edited 10 % of the articles and the portal changed another 10 %
 *
 *   node bench/import-legacy.ts [--count 10000] [--keep]
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { importLegacy, type ImportSummary } from '../tools/legacy/import.ts';

const OPENINGS = [
  'Ủy ban Dân tộc tổ chức hội nghị',
  'Đoàn công tác của Ủy ban Dân tộc làm việc với',
  'Bộ trưởng, Chủ nhiệm chủ trì buổi làm việc với',
  'Lãnh đạo Ủy ban Dân tộc kiểm tra tình hình',
];
const TOPICS = [
  'triển khai Chương trình MTQG phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số',
  'thực hiện chính sách đối với người có uy tín',
  'hỗ trợ đất ở, đất sản xuất và nước sinh hoạt',
  'giải ngân vốn đầu tư công',
  'công tác dân tộc và chính sách dân tộc',
  'chuyển đổi số trong quản lý chương trình',
];
const PLACES = ['Hà Giang', 'Lào Cai', 'Cao Bằng', 'Sơn La', 'Điện Biên', 'Gia Lai', 'Đắk Lắk', 'Sóc Trăng'];
const SENTENCES = [
  'Các đại biểu đã thảo luận, đề xuất nhiều giải pháp tháo gỡ khó khăn, vướng mắc trong quá trình tổ chức thực hiện ở cơ sở.',
  'Lãnh đạo địa phương cho biết việc triển khai được tiến hành đồng bộ, đúng đối tượng, góp phần nâng cao đời sống của người dân.',
  'Ủy ban Dân tộc đề nghị các vụ, đơn vị tăng cường phối hợp, rà soát lại toàn bộ nhiệm vụ để không bỏ sót việc nào.',
  'Kết quả thực hiện được báo cáo định kỳ để tổng hợp, báo cáo Chính phủ và Thủ tướng Chính phủ theo quy định.',
  'Trong thời gian tới, địa phương tập trung nguồn lực cho các xã đặc biệt khó khăn, thôn, bản vùng cao, biên giới.',
];
const CAPTIONS = ['Toàn cảnh hội nghị', 'Quang cảnh buổi làm việc', 'Đoàn công tác thăm hỏi người dân'];
const SOURCES = ['Trích nguồn Báo Dân tộc', 'Theo Báo Dân tộc và Phát triển', 'Nguồn: Báo Nhân Dân', ''];

/** A small deterministic PRNG (mulberry32): the same pages on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ (t + t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The date line in one of the portal's forms, for day/month/year/hour/minute and views. */
function dateLine(i: number, d: number, m: number, y: number, h: number, min: number, views: number): string {
  const half = h >= 12 ? 'PM' : 'AM';
  const h12 = pad(((h + 11) % 12) + 1);
  switch (i % 5) {
    case 0:
      return `Ngày đăng ${pad(d)}/${pad(m)}/${y} | ${pad(h)}:${pad(min)} | View count: ${views}`;
    case 1:
      return `${h12}:${pad(min)} ${half} ${pad(d)}/${pad(m)}/${y} | Lượt xem: ${views} | In bài viết`;
    case 2:
      return `${h12}:${pad(min)} ${half} ${pad(d)}/${pad(m)}/${y} | Lượt xem: ${views.toLocaleString('vi-VN')} | Gửi email | In bài viết`;
    case 3:
      return `Ngày đăng: ${d}/${m}/${y} ${pad(h)}:${pad(min)} | Lượt xem: ${views}`;
    default:
      return `Thứ tư, ${pad(d)}/${pad(m)}/${y} ${pad(h)}:${pad(min)} | View count: ${views}`;
  }
}

export function syntheticPage(i: number): { name: string; text: string } {
  const next = random(i + 1);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const [d, m, y] = [
    1 + Math.floor(next() * 28),
    1 + Math.floor(next() * 12),
    2012 + Math.floor(next() * 11),
  ];
  const place = pick(PLACES);
  const title = `${pick(OPENINGS)} tỉnh ${place} về ${pick(TOPICS)} năm ${y} (số ${i + 1})`;
  const paragraph = () => Array.from({ length: 3 + Math.floor(next() * 3) }, () => pick(SENTENCES)).join(' ');
  const lines = [
    ...(i % 3 === 0 ? [`URL: https://ubdt.gov.vn/tin-tuc/hoat-dong-ban/bai-${i + 1}.htm`] : []),
    'Hoạt động ban',
    '',
    title,
    dateLine(i, d, m, y, Math.floor(next() * 24), Math.floor(next() * 60), Math.floor(next() * 20000)),
    '',
    `Ngày ${d}/${m}, tại ${place}, ${paragraph()}`,
    '',
    pick(CAPTIONS),
    '',
    ...Array.from({ length: 2 + Math.floor(next() * 4) }, () => [paragraph(), '']).flat(),
    pick(SOURCES),
    '',
    'Tin khác đã đăng',
    'Một tin khác',
  ];
  const id = (0x5a9e0000000000n + BigInt(i)).toString(16).padStart(16, '0');
  return { name: `${pad(i, 5)}_${id}.txt`, text: `${lines.join('\n')}\n` };
}

async function bareIo(input: string, out: string): Promise<void> {
  for (const name of readdirSync(input).sort()) {
    const text = await readFile(path.join(input, name), 'utf8');
    const dir = path.join(out, name.slice(0, 5));
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'index.md'), text);
  }
}

/** Wall time and this process's CPU time (user + system): on a shared machine the CPU time is
 * the steadier figure. */
async function timed<T>(run: () => Promise<T>): Promise<{ seconds: number; cpu: number; value: T }> {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const value = await run();
  const cpu = process.cpuUsage(cpuStart);
  return { seconds: (performance.now() - start) / 1000, cpu: (cpu.user + cpu.system) / 1e6, value };
}

function check(summary: ImportSummary, what: string, expected: Partial<ImportSummary>): void {
  for (const [key, value] of Object.entries(expected)) {
    if (summary[key as keyof ImportSummary] !== value) {
      throw new Error(`${what}: ${key} = ${String(summary[key as keyof ImportSummary])}, expected ${value}`);
    }
  }
  if (summary.failures.length) throw new Error(`${what}: ${summary.failures[0]?.message}`);
}

/** Staff edit every 10th article's title; the portal changes the views of every 10th page + 5. */
function editAndRescrape(content: string, input: string, count: number): void {
  const files = readdirSync(path.join(content, 'news'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.md'))
    .sort();
  files.forEach((file, i) => {
    if (i % 10 !== 0) return;
    const full = path.join(content, 'news', file);
    writeFileSync(full, readFileSync(full, 'utf8').replace(/\ntitle: "/u, '\ntitle: "(Đã biên tập) '));
  });
  for (let i = 5; i < count; i += 10) {
    const { name } = syntheticPage(i);
    const full = path.join(input, name);
    writeFileSync(full, readFileSync(full, 'utf8').replace(/(View count|Lượt xem): ([\d.]+)/u, '$1: 99999'));
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { count: { type: 'string', default: '10000' }, keep: { type: 'boolean', default: false } },
  });
  const count = Number(values.count);
  const root = mkdtempSync(path.join(tmpdir(), 'bench-import-legacy-'));
  const input = path.join(root, 'pages');
  const content = path.join(root, 'content');
  mkdirSync(input);
  mkdirSync(content);
  for (const registry of ['categories.yaml', 'sources.yaml']) {
    cpSync(path.join('content', registry), path.join(content, registry));
  }
  try {
    for (let i = 0; i < count; i++) {
      const page = syntheticPage(i);
      writeFileSync(path.join(input, page.name), page.text);
    }
    const options = { inputs: [input], outDir: content, category: 'hoat-dong-ban', dryRun: false };
    const bare = await timed(() => bareIo(input, path.join(root, 'bare')));
    const first = await timed(() => importLegacy(options));
    check(first.value, 'import', { imported: count, created: count });
    const again = await timed(() => importLegacy(options));
    check(again.value, 're-import', { imported: count, created: 0, changed: 0 });
    editAndRescrape(content, input, count);
    const update = await timed(() => importLegacy(options));
    check(update.value, 'update', { imported: count, created: 0, changed: Math.floor((count - 5 + 9) / 10) });

    const row = (label: string, phase: { seconds: number; cpu: number }) =>
      `${label.padEnd(36)} ${phase.seconds.toFixed(2).padStart(7)} s ${Math.round(count / phase.seconds)
        .toLocaleString('en')
        .padStart(
          7,
        )} pages/s ${(phase.seconds / bare.seconds).toFixed(1).padStart(5)}× bare I/O | CPU ${phase.cpu
        .toFixed(2)
        .padStart(6)} s ${(phase.cpu / bare.cpu).toFixed(1).padStart(5)}×`;
    const load = loadavg()[0]?.toFixed(1);
    console.log(
      `Legacy import of ${count.toLocaleString('en')} synthetic old-portal pages (load average ${load}; ${root})`,
    );
    console.log(row('bare I/O (read page, write file)', bare));
    console.log(row('import into empty content/', first));
    console.log(row('re-import, unchanged', again));
    console.log(row('re-import, 10 % staff + 10 % portal', update));
    console.log(`memory: ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB RSS at the end`);
  } finally {
    if (!values.keep) rmSync(root, { recursive: true, force: true });
  }
}

if (import.meta.main) await main();
