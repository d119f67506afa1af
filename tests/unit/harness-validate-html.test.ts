import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { validateHtml, type ValidateResult } from '../../scripts/validate-html.ts';
import { makeDist, page } from '../support/fixture.ts';

const fx = makeDist({
  'index.html': page('<header><h1>Tin hoạt động</h1></header><main><p>Hợp lệ.</p></main>'),
  'tin-tuc/sai/index.html': page(
    '<p id="trung">một</p><p id="trung">hai</p><span><div>khối trong dòng</div></span>',
  ),
  // Only a warning (section without heading): listed, but not an error.
  'tin-tuc/canh-bao/index.html': page('<section><p>Không có tiêu đề</p></section>'),
  '_astro/site.css': 'body{}',
});

let result: ValidateResult;
beforeAll(async () => {
  result = await validateHtml(fx.dir);
}, 120_000);
afterAll(() => fx.cleanup());

describe('validateHtml (vnu.jar)', () => {
  it('checks every page', () => {
    expect(result.files).toBe(3);
  });

  it('reports the invalid page with line and column', () => {
    const msgs = result.errors.filter((e) => e.file === 'tin-tuc/sai/index.html').map((e) => e.message);
    expect(msgs.some((m) => m.includes('Duplicate ID') && m.includes('trung'))).toBe(true);
    expect(msgs.some((m) => m.includes('“div” not allowed as child of element “span”'))).toBe(true);
    for (const e of result.errors) {
      expect(e.line).toBeGreaterThan(0);
      expect(e.column).toBeGreaterThan(0);
    }
  });

  it('does not report the valid pages as errors', () => {
    expect(new Set(result.errors.map((e) => e.file))).toEqual(new Set(['tin-tuc/sai/index.html']));
  });

  it('lists warnings separately', () => {
    expect(
      result.warnings.some(
        (w) => w.file === 'tin-tuc/canh-bao/index.html' && /Section lacks heading/.test(w.message),
      ),
    ).toBe(true);
  });

  it('splits many pages into batches without losing any', async () => {
    const r = await validateHtml(fx.dir, { batchSize: 2, concurrency: 2 });
    expect(r.files).toBe(3);
    expect(r.errors).toEqual(result.errors);
  }, 120_000);

  it('CLI exits 1 and groups errors by file', () => {
    let code = 0;
    let err = '';
    try {
      execFileSync(process.execPath, ['scripts/validate-html.ts', fx.dir], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (e) {
      code = (e as { status: number }).status;
      err = (e as { stderr: string }).stderr;
    }
    expect(code).toBe(1);
    expect(err).toMatch(/^tin-tuc\/sai\/index\.html$/m);
    expect(err).toMatch(/^ {2}\d+:\d+ {2}Duplicate ID “trung”/m);
  }, 120_000);
});
