import { describe, expect, it } from 'vitest';
import { pdfPageCount } from '../../src/lib/pdf.ts';
import { makePdf } from '../support/documents.ts';

describe('pdfPageCount', () => {
  it('counts the pages of a real PDF, object streams included', async () => {
    expect(await pdfPageCount(await makePdf(1))).toBe(1);
    expect(await pdfPageCount(await makePdf(12))).toBe(12);
  });

  it('gives no count for a file that is not a readable PDF', async () => {
    expect(await pdfPageCount(new TextEncoder().encode('%PDF-1.7\nhỏng'))).toBeUndefined();
    expect(await pdfPageCount(new Uint8Array())).toBeUndefined();
  });
});
