/**
 * A PDF's page count, read with pdf-lib (its page tree, compressed object streams included), for
 * the "Văn bản đính kèm" list ("PDF · 12 trang · 1,2 MB"). A PDF pdf-lib cannot read (damaged,
 * an unusual encryption) simply has no count: the size and the link are still shown.
 */
import { PDFDocument } from 'pdf-lib';

export async function pdfPageCount(bytes: Uint8Array): Promise<number | undefined> {
  try {
    const document = await PDFDocument.load(bytes, {
      ignoreEncryption: true,
      updateMetadata: false,
      throwOnInvalidObject: false,
    });
    const count = document.getPageCount();
    return count > 0 ? count : undefined;
  } catch {
    return undefined;
  }
}
