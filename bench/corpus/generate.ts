/**
 * Synthetic content generator for scale tests and benchmarks.
 *
 *   node bench/corpus/generate.ts [--count 10000] [--out .bench/corpus-10000] [--seed 42] [--force]
 *   (npm run corpus -- --count 10000)
 *
 * Writes a content tree in exactly the format of docs/content-format.md:
 *   <out>/categories.yaml, <out>/sources.yaml (copies of the site's content/ registries),
 *   <out>/news/<yyyy>/<slug>/index.md
 * plus <out>/.corpus.json (count, seed, generator version) so callers can tell whether an existing
 * corpus can be reused, and so we never wipe a directory we did not generate. The words come from
 * words.json beside this file.
 *
 * Deterministic: the same --count and --seed give byte-identical output (mulberry32 PRNG, no
 * clock, no Math.random, no Map/Set iteration over unordered input). Linear in --count: slugs are
 * de-duplicated with a Set, every file is written once, nothing is read back.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readRegistries } from '../../src/lib/content/registries.ts';
import { MAX_SLUG_LENGTH, slugify, uniqueSlug } from '../../src/lib/slug.ts';

export const GENERATOR_VERSION = 2;
export const MARKER_FILE = '.corpus.json';
const WORDS_FILE = join(import.meta.dirname, 'words.json');
const REPO_ROOT = resolve(import.meta.dirname, '../..');
/** Hash of this file and its word banks: a corpus made by an edited generator is not reused. */
export const GENERATOR_HASH = createHash('sha256')
  .update(readFileSync(import.meta.filename))
  .update(readFileSync(WORDS_FILE))
  .digest('hex')
  .slice(0, 16);

export interface CorpusOptions {
  count: number;
  out: string;
  seed: number;
  /** Overwrite a non-empty directory that has no generator marker (e.g. `content/`). */
  force?: boolean;
  /** Repository whose content/categories.yaml and content/sources.yaml are copied (default: this one). */
  repoRoot?: string;
}

export interface CorpusStats {
  count: number;
  seed: number;
  out: string;
  ms: number;
  drafts: number;
  featured: number;
  withFigure: number;
  slugCollisions: number;
  /** Largest "-N" suffix uniqueSlug needed (its probe loop is O(N) per call). */
  maxSlugSuffix: number;
  /** Time spent generating and writing articles, excluding clearing a previous corpus. */
  writeMs: number;
  distinctTags: number;
}

// ---------------------------------------------------------------------------------------------
// PRNG and helpers

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;

function int(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}
function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[Math.floor(rng() * items.length)]!;
}
function chance(rng: Rng, p: number): boolean {
  return rng() < p;
}
/** Picks `n` distinct items (partial Fisher–Yates on a copy; items are small banks). */
function pickSome<T>(rng: Rng, items: readonly T[], n: number): T[] {
  const copy = items.slice();
  const k = Math.min(n, copy.length);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rng() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, k);
}
function weighted<T>(rng: Rng, entries: readonly (readonly [T, number])[]): T {
  let total = 0;
  for (const [, w] of entries) total += w;
  let r = rng() * total;
  for (const [v, w] of entries) {
    r -= w;
    if (r < 0) return v;
  }
  return entries[entries.length - 1]![0];
}
function normal(rng: Rng): number {
  // Box–Muller; 1 - rng() avoids log(0).
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}
function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
function wordCount(s: string): number {
  return s.split(/\s+/).filter(Boolean).length;
}

// ---------------------------------------------------------------------------------------------
// Word banks (UBDT news language): data, in words.json beside this file. The categories are the
// site's own (content/categories.yaml, read through the registry reader); words.json only weighs
// them, and a category it does not name gets weight 1.

interface WordBanks {
  categoryWeights: Record<string, number>;
  provinces: string[];
  minorityProvinces: string[];
  ethnicGroups: string[];
  /** Heads of the Committee by period (Bộ trưởng, Chủ nhiệm); `from` is a fractional year. */
  ministers: { from: number; name: string }[];
  deputies: { from: number; to: number; name: string }[];
  units: string[];
  events: string[];
  topicsOld: string[];
  topicsNew: string[];
  topicsAny: string[];
  actions: string[];
  periods: string[];
  places: string[];
  festivals: string[];
  products: string[];
  freeSources: string[];
  authors: string[];
  tagBank: string[];
  eliteTagPeople: string[];
}

const WORDS: WordBanks = JSON.parse(readFileSync(WORDS_FILE, 'utf8'));
const {
  provinces: PROVINCES,
  minorityProvinces: MINORITY_PROVINCES,
  ethnicGroups: ETHNIC_GROUPS,
  ministers: MINISTERS,
  deputies: DEPUTIES,
  units: UNITS,
  events: EVENTS,
  topicsOld: TOPICS_OLD,
  topicsNew: TOPICS_NEW,
  topicsAny: TOPICS_ANY,
  actions: ACTIONS,
  periods: PERIODS,
  places: PLACES,
  festivals: FESTIVALS,
  products: PRODUCTS,
  freeSources: FREE_SOURCES,
  authors: AUTHORS,
  tagBank: TAG_BANK,
  eliteTagPeople: ELITE_TAG_PEOPLE,
} = WORDS;

/** Weighted category ids (in the registry's order) and the source ids of the registries in `contentDir`. */
function registryChoices(contentDir: string): { categories: [string, number][]; sources: string[] } {
  const registries = readRegistries(contentDir);
  const categories = [...registries.categories].map((id): [string, number] => [
    id,
    WORDS.categoryWeights[id] ?? 1,
  ]);
  if (categories.length === 0) throw new Error(`${contentDir}/categories.yaml: no categories`);
  return { categories, sources: [...registries.sources] };
}

// ---------------------------------------------------------------------------------------------
// Article generation

interface Ctx {
  rng: Rng;
  year: number;
  month: number;
  day: number;
  yearFrac: number;
  province: string;
  ethnic: string;
  minister: string;
  deputy: string;
  topic: string;
  event: string;
  unit: string;
}

function ministerAt(t: number): string {
  let name = MINISTERS[0]!.name;
  for (const m of MINISTERS) if (t >= m.from) name = m.name;
  return name;
}
function deputyAt(rng: Rng, t: number): string {
  const candidates = DEPUTIES.filter((d) => t >= d.from && t < d.to).map((d) => d.name);
  return pick(rng, candidates.length ? candidates : ['Y Thông']);
}
function programme(c: Ctx): string {
  return c.year >= 2022 ? 'Chương trình MTQG 1719' : 'Chương trình 135';
}
function leaderFull(c: Ctx): string {
  return chance(c.rng, 0.6)
    ? `Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc ${c.minister}`
    : `Thứ trưởng, Phó Chủ nhiệm Ủy ban Dân tộc ${c.deputy}`;
}
function leaderShort(c: Ctx): string {
  return chance(c.rng, 0.6) ? `Bộ trưởng, Chủ nhiệm ${c.minister}` : `Thứ trưởng, Phó Chủ nhiệm ${c.deputy}`;
}

function titleFor(c: Ctx, category: string): string {
  const { rng } = c;
  const p = c.province;
  const y = c.year;
  const act = pick(rng, ACTIONS);
  switch (category) {
    case 'hoat-dong-ban':
      return pick(rng, [
        () => `${capitalize(c.event)} ${act} ${c.topic} năm ${y}`,
        () => `Ủy ban Dân tộc ${act} ${c.topic} tại ${p}`,
        () => `${c.unit} ${act} ${c.topic} ${pick(rng, PERIODS)} ${y}`,
        () => `${c.unit} triển khai nhiệm vụ công tác năm ${y + (c.month >= 11 ? 1 : 0)}`,
        () => `Đảng ủy Ủy ban Dân tộc ${act} ${c.topic} ${pick(rng, PERIODS)} ${y}`,
        () => `${c.unit} tập huấn về ${c.topic} cho cán bộ tỉnh ${p}`,
        () => `Tháng ${c.month}/${y}: ${c.unit} ${act} ${c.topic}`,
      ])();
    case 'hoat-dong-lanh-dao':
      return pick(rng, [
        () => `${leaderShort(c)} làm việc với tỉnh ${p} về ${c.topic}`,
        () => `${leaderShort(c)} thăm, tặng quà đồng bào ${c.ethnic} tại ${p}`,
        () => `${leaderShort(c)} tiếp Đoàn người có uy tín tỉnh ${p} năm ${y}`,
        () => `${leaderShort(c)} kiểm tra ${programme(c)} tại ${p}`,
        () => `${leaderShort(c)} dự ${pick(rng, FESTIVALS)} tại ${p}`,
        () => `${leaderShort(c)} chủ trì ${c.event.toLowerCase()} ${act} ${c.topic}`,
      ])();
    case 'hoat-dong-dia-phuong':
      return pick(rng, [
        () => `${p}: Hiệu quả từ ${programme(c)} ở vùng đồng bào ${c.ethnic}`,
        () =>
          `${p} tổ chức Đại hội đại biểu các dân tộc thiểu số cấp tỉnh lần thứ ${y < 2014 ? 'II' : y < 2019 ? 'III' : y < 2024 ? 'IV' : 'V'}`,
        () => `${p}: Người có uy tín dân tộc ${c.ethnic} góp sức xây dựng nông thôn mới`,
        () => `Ban Dân tộc tỉnh ${p} ${act} ${c.topic} năm ${y}`,
        () => `${p} phát triển cây ${pick(rng, PRODUCTS)} gắn với sinh kế của đồng bào ${c.ethnic}`,
        () => `${p}: Bảo tồn, phát huy văn hóa truyền thống của đồng bào ${c.ethnic}`,
      ])();
    case 'chuong-trinh-mtqg':
      return pick(rng, [
        () => `${p}: Đẩy nhanh tiến độ giải ngân vốn ${programme(c)} năm ${y}`,
        () => `Kiểm tra, giám sát Dự án ${int(rng, 1, 10)} ${programme(c)} tại ${p}`,
        () => `${p} tháo gỡ vướng mắc trong phân bổ vốn ${programme(c)} năm ${y}`,
        () => `${p} sơ kết ${int(rng, 1, 3)} năm thực hiện ${programme(c)}`,
        () => `${p}: Hỗ trợ nhà ở, nước sinh hoạt cho hộ đồng bào ${c.ethnic} nghèo`,
      ])();
    case 'chinh-sach-dan-toc':
      return pick(rng, [
        () =>
          `Lấy ý kiến dự thảo ${pick(rng, ['Nghị định', 'Thông tư', 'Quyết định', 'Đề án'])} về ${c.topic} tại ${p}`,
        () => `${p} tổng kết ${pick(rng, [5, 10, 15])} năm thực hiện ${c.topic}`,
        () => `Hoàn thiện chính sách hỗ trợ đồng bào ${c.ethnic} ở ${p}`,
        () => `${p} công bố kết quả phân định vùng dân tộc thiểu số năm ${y}`,
        () => `Chính sách cử tuyển và đào tạo nhân lực người ${c.ethnic} ở ${p}`,
      ])();
    default:
      return pick(rng, [
        () => `Phát huy vai trò người có uy tín trong đồng bào ${c.ethnic} tỉnh ${p}`,
        () => `Bảo tồn, phát huy giá trị văn hóa truyền thống dân tộc ${c.ethnic} ở ${p}`,
        () => `Độc đáo ${pick(rng, FESTIVALS)} của đồng bào ${c.ethnic} ở ${p}`,
        () => `Đồng bào ${c.ethnic} ở ${p} đổi đời nhờ cây ${pick(rng, PRODUCTS)}`,
        () => `${p}: Phòng, chống tảo hôn trong vùng đồng bào ${c.ethnic}`,
      ])();
  }
}

const TITLE_TAILS = [
  (c: Ctx) => `năm ${c.year}`,
  (c: Ctx) => `tại tỉnh ${c.province}`,
  (_c: Ctx) => `vùng đồng bào dân tộc thiểu số và miền núi`,
  (c: Ctx) => `giai đoạn ${c.year < 2021 ? '2016 – 2020' : '2021 – 2025'}`,
  (c: Ctx) => `cho đồng bào ${c.ethnic}`,
];

function makeTitle(c: Ctx, category: string): string {
  // ~3% very long titles (two clauses, 25–40 words), like the old portal's long headlines.
  if (chance(c.rng, 0.03)) {
    // Retry a first clause that would take the title past 40 words.
    for (let attempt = 0; ; attempt++) {
      const first = titleFor(c, category);
      const second = `${pick(c.rng, ['góp phần', 'nhằm', 'hướng tới'])} ${pick(c.rng, [
        'thực hiện thắng lợi các mục tiêu phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi',
        'nâng cao đời sống vật chất, tinh thần của đồng bào các dân tộc thiểu số ở vùng sâu, vùng xa, biên giới',
        'tháo gỡ khó khăn, vướng mắc trong tổ chức thực hiện chính sách dân tộc tại cơ sở',
      ])}`;
      const title = `${first} ${second}`;
      if (wordCount(title) <= 40 || attempt >= 20) return title;
    }
  }
  for (let attempt = 0; ; attempt++) {
    let t = titleFor(c, category);
    let tails = 0;
    while (wordCount(t) < 8 && tails < 3) {
      t = `${t} ${pick(c.rng, TITLE_TAILS)(c)}`;
      tails++;
    }
    const n = wordCount(t);
    if ((n >= 8 && n <= 20) || attempt >= 5) return t;
  }
}

function lede(c: Ctx): string {
  const { rng } = c;
  const date = `Ngày ${c.day}/${c.month}`;
  const first = pick(rng, [
    () =>
      `${date}, tại ${pick(rng, PLACES)}, ${leaderFull(c)} đã chủ trì ${c.event} ${pick(rng, ACTIONS)} ${c.topic}.`,
    () =>
      `${date}, tại tỉnh ${c.province}, Đoàn công tác của Ủy ban Dân tộc do ${leaderShort(c)} làm Trưởng đoàn đã có buổi làm việc về ${c.topic}.`,
    () =>
      `${date}, ${c.unit} tổ chức ${c.event.toLowerCase()} ${pick(rng, ACTIONS)} ${c.topic} năm ${c.year}.`,
    () =>
      `Thời gian qua, tỉnh ${c.province} đã triển khai nhiều giải pháp đồng bộ về ${c.topic}, góp phần nâng cao đời sống của đồng bào ${c.ethnic}.`,
    () =>
      `Đó là chỉ đạo của ${leaderShort(c)} tại ${c.event.toLowerCase()} về ${c.topic}, diễn ra ngày ${c.day}/${c.month} tại ${pick(rng, PLACES)}.`,
  ])();
  if (!chance(rng, 0.5)) return first;
  const second = pick(rng, [
    () => `Tham dự có lãnh đạo một số vụ, đơn vị trực thuộc Ủy ban Dân tộc và đại diện Ban Dân tộc các tỉnh.`,
    () =>
      `Tham dự ${c.event.toLowerCase()} có ${leaderFull(c)} cùng đại diện lãnh đạo UBND tỉnh ${c.province}.`,
    () => `Đây là hoạt động thiết thực nhằm cụ thể hóa ${programme(c)} tại địa phương.`,
  ])();
  return `${first} ${second}`;
}

const SENTENCES: readonly ((c: Ctx) => string)[] = [
  (c) =>
    `Theo báo cáo, năm ${c.year} tỉnh ${c.province} đã giải ngân ${int(c.rng, 12, 980)},${int(c.rng, 1, 9)} tỷ đồng vốn ${programme(c)}, đạt ${int(c.rng, 45, 99)}% kế hoạch.`,
  (c) =>
    `Tỷ lệ hộ nghèo vùng đồng bào dân tộc thiểu số giảm bình quân ${int(c.rng, 2, 4)},${int(c.rng, 0, 9)}%/năm, vượt mục tiêu đề ra.`,
  (c) =>
    `Toàn tỉnh hiện có ${int(c.rng, 120, 1800)} người có uy tín trong đồng bào dân tộc thiểu số, trong đó có ${int(c.rng, 20, 300)} người là đồng bào ${c.ethnic}.`,
  (c) =>
    `Bên cạnh những kết quả đạt được, việc thực hiện ${c.topic} vẫn còn một số khó khăn, vướng mắc như: nguồn lực hạn chế, văn bản hướng dẫn chậm ban hành, năng lực cán bộ cơ sở chưa đáp ứng yêu cầu.`,
  (c) =>
    `${c.unit} đã chủ động phối hợp với các bộ, ngành, địa phương tham mưu ban hành các văn bản hướng dẫn về ${c.topic}.`,
  (c) =>
    `Các đại biểu đã tập trung thảo luận, đề xuất nhiều giải pháp nhằm nâng cao hiệu quả ${c.topic} trong thời gian tới.`,
  (c) =>
    `Trên cơ sở các nội dung đã thống nhất, ${c.unit} sẽ tổng hợp, hoàn thiện báo cáo trình Lãnh đạo Ủy ban xem xét, quyết định.`,
  (c) =>
    `Vùng đồng bào ${c.ethnic} ở ${c.province} có địa bàn rộng, địa hình chia cắt, giao thông đi lại còn nhiều khó khăn, nhất là vào mùa mưa lũ.`,
  (c) =>
    `Từ nguồn vốn ${programme(c)}, ${int(c.rng, 3, 60)} công trình đường giao thông nông thôn, ${int(c.rng, 2, 30)} công trình nước sinh hoạt tập trung và ${int(c.rng, 1, 20)} trường học đã được đầu tư xây dựng.`,
  (c) =>
    `Nhiều mô hình sinh kế như trồng ${pick(c.rng, PRODUCTS)}, chăn nuôi gia súc, dệt thổ cẩm đã giúp hàng trăm hộ đồng bào ${c.ethnic} thoát nghèo bền vững.`,
  (_c) =>
    `Đội ngũ người có uy tín luôn là cầu nối quan trọng giữa cấp ủy, chính quyền với đồng bào các dân tộc, góp phần giữ vững an ninh chính trị, trật tự an toàn xã hội ở cơ sở.`,
  (c) =>
    `Công tác thông tin, tuyên truyền được đẩy mạnh bằng nhiều hình thức phù hợp với phong tục, tập quán và ngôn ngữ của đồng bào ${c.ethnic}.`,
  (c) =>
    `Đến nay, ${int(c.rng, 40, 98)}% số xã đặc biệt khó khăn trên địa bàn tỉnh ${c.province} đã có đường ô tô đến trung tâm xã được cứng hóa.`,
  (c) =>
    `Ủy ban Dân tộc ghi nhận và đánh giá cao sự vào cuộc quyết liệt của cấp ủy, chính quyền tỉnh ${c.province} trong thực hiện ${c.topic}.`,
  (c) =>
    `Giai đoạn ${c.year < 2021 ? '2016 – 2020' : '2021 – 2025'}, tổng nguồn vốn bố trí cho vùng đồng bào dân tộc thiểu số của tỉnh đạt trên ${int(c.rng, 1, 9)}.${int(c.rng, 100, 999)} tỷ đồng.`,
  (c) =>
    `Tỉnh ${c.province} hiện có ${int(c.rng, 12, 45)} dân tộc cùng sinh sống, trong đó đồng bào dân tộc thiểu số chiếm ${int(c.rng, 15, 88)}% dân số.`,
  (c) =>
    `Năm ${c.year}, ${int(c.rng, 200, 9000)} lượt học sinh người dân tộc thiểu số được hưởng chính sách hỗ trợ học tập, ${int(c.rng, 30, 400)} sinh viên được xét tuyển theo chế độ cử tuyển.`,
  (c) =>
    `Thực hiện chỉ đạo của Lãnh đạo Ủy ban, ${c.unit} đã xây dựng kế hoạch chi tiết, phân công rõ người, rõ việc, rõ thời hạn hoàn thành.`,
  (c) =>
    `Đoàn công tác đã đến thăm một số hộ gia đình đồng bào ${c.ethnic} được hỗ trợ nhà ở, đất sản xuất và chuyển đổi nghề.`,
  (c) =>
    `Tại buổi làm việc, đại diện lãnh đạo UBND tỉnh ${c.province} kiến nghị Trung ương sớm ban hành hướng dẫn về cơ chế lồng ghép nguồn vốn giữa các chương trình mục tiêu quốc gia.`,
  (c) =>
    `Công tác kiểm tra, giám sát được thực hiện thường xuyên; qua kiểm tra, ${int(c.rng, 2, 25)} vụ việc đã được chấn chỉnh, xử lý kịp thời.`,
  (c) =>
    `Hội Liên hiệp Phụ nữ các cấp đã phối hợp tổ chức ${int(c.rng, 10, 200)} buổi truyền thông về bình đẳng giới và phòng, chống tảo hôn cho phụ nữ ${c.ethnic}.`,
  (c) =>
    `Thu nhập bình quân của người dân tộc thiểu số trên địa bàn đạt ${int(c.rng, 18, 60)} triệu đồng/người/năm, tăng ${int(c.rng, 2, 9)} triệu đồng so với năm trước.`,
  (c) =>
    `Nhân dịp này, Đoàn công tác đã trao ${int(c.rng, 20, 300)} suất quà cho các hộ nghèo, người có uy tín và học sinh có hoàn cảnh khó khăn.`,
];

/** `n` sentences, none repeated within the paragraph. */
function sentences(c: Ctx, n: number): string {
  return pickSome(c.rng, SENTENCES, n)
    .map((f) => f(c))
    .join(' ');
}

function sentence(c: Ctx): string {
  return pick(c.rng, SENTENCES)(c);
}

function quoteParagraph(c: Ctx): string {
  const { rng } = c;
  const who = leaderShort(c);
  const quote = pick(rng, [
    `Các vụ, đơn vị cần đổi mới phương pháp, nâng cao tinh thần trách nhiệm, quyết tâm cao nhất hoàn thành kế hoạch công tác năm ${c.year}`,
    `Phải lấy người dân làm trung tâm, bảo đảm chính sách đến đúng đối tượng, đúng thời gian và phát huy hiệu quả thực chất`,
    `Công tác dân tộc là nhiệm vụ của cả hệ thống chính trị, không chỉ riêng của cơ quan làm công tác dân tộc`,
    `Địa phương cần rà soát, tháo gỡ ngay những vướng mắc trong giải ngân vốn ${programme(c)}, không để tồn đọng sang năm sau`,
    `Đồng bào ${c.ethnic} ở ${c.province} đã thể hiện rõ tinh thần đoàn kết, chủ động vươn lên thoát nghèo`,
  ]);
  return `Phát biểu tại ${c.event.toLowerCase()}, ${who} nhấn mạnh: “${quote}”. ${sentence(c)}`;
}

function listParagraph(c: Ctx): string {
  const items = pickSome(
    c.rng,
    [
      'hoàn thành việc kiện toàn Ban Chỉ đạo các cấp',
      'ban hành đầy đủ văn bản hướng dẫn thực hiện',
      'đẩy mạnh thông tin, tuyên truyền',
      'chuyển đổi số và ứng dụng công nghệ thông tin trong quản lý',
      'tăng cường kiểm tra, giám sát, chỉ đạo điểm',
      'nâng cao năng lực cho đội ngũ cán bộ cơ sở',
      'huy động, lồng ghép các nguồn lực đầu tư',
      'phát huy vai trò chủ thể của người dân',
    ],
    int(c.rng, 3, 5),
  );
  const n = items.length;
  return `Trọng tâm trong năm ${c.year} gồm ${n} nhóm nhiệm vụ lớn, đó là: ${capitalize(items.join('; '))}.`;
}

function figure(c: Ctx): string {
  const caption = pick(c.rng, [
    `${leaderShort(c)} chủ trì ${c.event.toLowerCase()}`,
    `Toàn cảnh ${c.event.toLowerCase()}`,
    `Đoàn công tác Ủy ban Dân tộc thăm hỏi đồng bào ${c.ethnic} tại ${c.province}`,
    `Các đại biểu tham dự ${c.event.toLowerCase()}`,
    `Một góc bản làng của đồng bào ${c.ethnic} ở ${c.province}`,
  ]);
  const credit = chance(c.rng, 0.4) ? ` (Ảnh: ${pick(c.rng, AUTHORS)})` : '';
  return `![](#anh-thieu)\n*${caption}${credit}*`;
}

function body(c: Ctx, withFigure: boolean): string {
  const { rng } = c;
  const count = int(rng, 4, 12);
  const paragraphs: string[] = [];
  let quoted = false;
  let listed = false;
  for (let i = 0; i < count; i++) {
    const kind = rng();
    if (i > 0 && kind < 0.15 && !quoted) {
      paragraphs.push(quoteParagraph(c));
      quoted = true;
    } else if (i > 0 && kind < 0.25 && !listed) {
      paragraphs.push(listParagraph(c));
      listed = true;
    } else {
      paragraphs.push(sentences(c, int(rng, 2, 4)));
    }
  }
  if (withFigure) {
    paragraphs.splice(1, 0, figure(c));
    if (count > 8 && chance(rng, 0.3)) paragraphs.splice(5, 0, figure(c));
  }
  return paragraphs.join('\n\n');
}

function tagsFor(c: Ctx, category: string): string[] {
  const { rng } = c;
  const n = int(rng, 2, 5);
  const tags: string[] = [];
  if (category === 'chuong-trinh-mtqg')
    tags.push(c.year >= 2022 ? 'Chương trình MTQG 1719' : 'Chương trình 135');
  if (category === 'hoat-dong-lanh-dao' && chance(rng, 0.5)) tags.push(c.minister);
  if (chance(rng, 0.3)) tags.push(c.province);
  if (chance(rng, 0.15)) tags.push(`Dân tộc ${c.ethnic}`);
  if (chance(rng, 0.05)) tags.push(pick(rng, ELITE_TAG_PEOPLE));
  while (tags.length < n) {
    const t = pick(rng, TAG_BANK);
    if (!tags.includes(t)) tags.push(t); // tags has ≤ 5 entries: constant cost
  }
  return tags.slice(0, 5);
}

// ---------------------------------------------------------------------------------------------
// Dates

const START_MS = Date.UTC(2011, 0, 1);
const END_MS = Date.UTC(2025, 11, 31);
const DAY_MS = 86_400_000;
const TOTAL_DAYS = Math.round((END_MS - START_MS) / DAY_MS) + 1;

/** A working-day date in Vietnam time, skewed a little toward recent years. */
function randomDate(rng: Rng): { y: number; m: number; d: number; hh: number; mm: number } {
  for (;;) {
    // sqrt skew: later years get somewhat more articles (the portal grew).
    const u = Math.pow(rng(), 0.8);
    const dayIndex = Math.min(TOTAL_DAYS - 1, Math.floor(u * TOTAL_DAYS));
    const date = new Date(START_MS + dayIndex * DAY_MS);
    const dow = date.getUTCDay();
    if ((dow === 0 || dow === 6) && !chance(rng, 0.08)) continue;
    const hh = weighted(rng, [
      [7, 4],
      [8, 10],
      [9, 14],
      [10, 14],
      [11, 9],
      [12, 2],
      [13, 5],
      [14, 12],
      [15, 13],
      [16, 10],
      [17, 4],
      [19, 1],
      [21, 1],
    ] as const);
    return {
      y: date.getUTCFullYear(),
      m: date.getUTCMonth() + 1,
      d: date.getUTCDate(),
      hh,
      mm: int(rng, 0, 59),
    };
  }
}

function iso(y: number, m: number, d: number, hh: number, mm: number): string {
  return `${y}-${pad(m)}-${pad(d)}T${pad(hh)}:${pad(mm)}:00+07:00`;
}

function hex16(rng: Rng): string {
  let s = '';
  for (let i = 0; i < 2; i++)
    s += Math.floor(rng() * 0x100000000)
      .toString(16)
      .padStart(8, '0');
  return s;
}

function q(s: string): string {
  // JSON strings are valid YAML double-quoted scalars (same escapes; non-ASCII kept raw).
  return JSON.stringify(s);
}

function prepareOut(out: string, force: boolean): void {
  if (existsSync(out)) {
    const entries = readdirSync(out);
    const ours = entries.includes(MARKER_FILE);
    if (entries.length > 0 && !ours && !force) {
      throw new Error(
        `${out} is not empty and was not made by this generator (no ${MARKER_FILE}); pass --force to write into it anyway`,
      );
    }
    // Only ever remove a news tree we generated ourselves; --force into a foreign directory
    // (e.g. content/) adds files but deletes nothing.
    if (ours) {
      rmSync(join(out, 'news'), { recursive: true, force: true });
      rmSync(join(out, MARKER_FILE), { force: true });
    }
  }
  mkdirSync(join(out, 'news'), { recursive: true });
}

export function generateCorpus(options: CorpusOptions): CorpusStats {
  const t0 = performance.now();
  const { count, seed } = options;
  if (!Number.isInteger(count) || count < 0)
    throw new Error(`--count must be a non-negative integer, got ${count}`);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be an integer, got ${seed}`);
  const out = resolve(options.out);
  const repoRoot = options.repoRoot ?? REPO_ROOT;
  prepareOut(out, options.force ?? false);

  // The site's own registries: articles may only name categories and sources that exist there.
  for (const file of ['categories.yaml', 'sources.yaml']) {
    const repoFile = join(repoRoot, 'content', file);
    const target = join(out, file);
    if (repoFile !== target) writeFileSync(target, readFileSync(repoFile)); // --out content: keep them
  }
  const registry = registryChoices(out);

  const rng = mulberry32(seed);
  const taken = new Set<string>();
  const madeYearDirs = new Set<number>();
  const allTags = new Set<string>();
  let drafts = 0;
  let featuredCount = 0;
  let withFigureCount = 0;
  let collisions = 0;
  let maxSuffix = 0;
  const tWrite = performance.now();

  for (let i = 0; i < count; i++) {
    const date = randomDate(rng);
    const yearFrac = date.y + (date.m - 1) / 12;
    const c: Ctx = {
      rng,
      year: date.y,
      month: date.m,
      day: date.d,
      yearFrac,
      province: chance(rng, 0.8) ? pick(rng, MINORITY_PROVINCES) : pick(rng, PROVINCES),
      ethnic: chance(rng, 0.6) ? pick(rng, ETHNIC_GROUPS.slice(0, 12)) : pick(rng, ETHNIC_GROUPS),
      minister: ministerAt(yearFrac),
      deputy: deputyAt(rng, yearFrac),
      topic: chance(rng, 0.5) ? pick(rng, TOPICS_ANY) : pick(rng, date.y >= 2022 ? TOPICS_NEW : TOPICS_OLD),
      event: pick(rng, EVENTS),
      unit: pick(rng, UNITS),
    };
    const category = weighted(rng, registry.categories);
    const title = makeTitle(c, category).normalize('NFC');

    // Unique slug ≤ 80 chars: if a "-N" suffix pushes it over, cut the base shorter and retry.
    let base = slugify(title);
    let slug = uniqueSlug(base, taken);
    while (slug.length > MAX_SLUG_LENGTH) {
      base = slugify(title, MAX_SLUG_LENGTH - (slug.length - base.length));
      slug = uniqueSlug(base, taken);
    }
    if (slug !== base) {
      collisions++;
      const n = Number(slug.slice(base.length + 1));
      if (n > maxSuffix) maxSuffix = n;
    }
    taken.add(slug);

    const withFigure = chance(rng, 0.3);
    if (withFigure) withFigureCount++;
    const tags = tagsFor(c, category);
    for (const t of tags) allTags.add(t);
    const featured = chance(rng, 0.05);
    const draft = chance(rng, 0.02);
    if (featured) featuredCount++;
    if (draft) drafts++;

    const fm: string[] = ['---'];
    fm.push(`title: ${q(title)}`);
    fm.push(`lede: ${q(lede(c).normalize('NFC'))}`);
    fm.push(`publishedAt: ${iso(date.y, date.m, date.d, date.hh, date.mm)}`);
    if (chance(rng, 0.08)) {
      const upd = new Date(
        Date.UTC(date.y, date.m - 1, date.d, date.hh, date.mm) + int(rng, 1, 72) * 3_600_000,
      );
      fm.push(
        `updatedAt: ${iso(upd.getUTCFullYear(), upd.getUTCMonth() + 1, upd.getUTCDate(), upd.getUTCHours(), upd.getUTCMinutes())}`,
      );
    }
    fm.push(`category: ${category}`);
    fm.push(`tags: [${tags.map((t) => q(t.normalize('NFC'))).join(', ')}]`);
    if (chance(rng, 0.7)) fm.push(`author: ${q(pick(rng, AUTHORS))}`);
    if (chance(rng, 0.6)) {
      fm.push('source:');
      if (registry.sources.length > 0 && chance(rng, 0.8)) {
        fm.push(`  id: ${pick(rng, registry.sources)}`);
        if (chance(rng, 0.5)) fm.push(`  url: https://baodantoc.vn/${slug}-${int(rng, 10000, 999999)}.htm`);
      } else {
        fm.push(`  name: ${q(pick(rng, FREE_SOURCES))}`);
      }
      fm.push(`  kind: ${chance(rng, 0.7) ? 'trich-nguon' : 'theo'}`);
    }
    if (draft) fm.push('draft: true');
    if (featured) fm.push('featured: true');
    if (date.y < 2024) {
      const views = Math.round(Math.min(50_000, Math.max(50, Math.exp(Math.log(1200) + 1.25 * normal(rng)))));
      const id = hex16(rng);
      fm.push('legacy:');
      fm.push(`  views: ${views}`);
      if (chance(rng, 0.5)) fm.push(`  url: http://www.cema.gov.vn/tin-tuc/${slug}-${id}.htm`);
      fm.push(`  id: ${q(id)}`);
    }
    fm.push('---');

    const text = `${fm.join('\n')}\n\n${body(c, withFigure).normalize('NFC')}\n`;
    const yearDir = join(out, 'news', String(date.y));
    if (!madeYearDirs.has(date.y)) {
      mkdirSync(yearDir, { recursive: true });
      madeYearDirs.add(date.y);
    }
    const dir = join(yearDir, slug);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.md'), text);
  }

  writeFileSync(
    join(out, MARKER_FILE),
    `${JSON.stringify({ generator: 'bench/corpus/generate.ts', version: GENERATOR_VERSION, hash: GENERATOR_HASH, count, seed }, null, 2)}\n`,
  );
  return {
    count,
    seed,
    out,
    ms: performance.now() - t0,
    drafts,
    featured: featuredCount,
    withFigure: withFigureCount,
    slugCollisions: collisions,
    maxSlugSuffix: maxSuffix,
    writeMs: performance.now() - tWrite,
    distinctTags: allTags.size,
  };
}

/** Reads `<dir>/.corpus.json`; null when absent or unreadable. */
export function readCorpusMarker(
  dir: string,
): { version: number; hash?: string; count: number; seed: number } | null {
  try {
    return JSON.parse(readFileSync(join(dir, MARKER_FILE), 'utf8'));
  } catch {
    return null;
  }
}

/** Command-line options → generator options. */
export function corpusOptionsFromArgs(args: string[]): CorpusOptions {
  const { values } = parseArgs({
    args,
    options: {
      count: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '42' },
      out: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  });
  const count = Number(values.count);
  return {
    count,
    seed: Number(values.seed),
    out: values.out ?? `.bench/corpus-${count}`,
    force: values.force,
  };
}

if (import.meta.main) {
  try {
    const stats = generateCorpus(corpusOptionsFromArgs(process.argv.slice(2)));
    console.log(
      `Generated ${stats.count} articles in ${(stats.ms / 1000).toFixed(2)} s ` +
        `(writing ${(stats.writeMs / 1000).toFixed(2)} s) → ${stats.out} ` +
        `(seed ${stats.seed}; ${stats.drafts} drafts, ${stats.featured} featured, ${stats.withFigure} with a missing-photo figure, ` +
        `${stats.distinctTags} distinct tags, ${stats.slugCollisions} slug collisions resolved, largest suffix -${stats.maxSlugSuffix})`,
    );
  } catch (err) {
    console.error(`generate-corpus: ${(err as Error).message}`);
    process.exit(1);
  }
}
