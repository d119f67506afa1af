/** Vietnamese number and text formatting. */

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

/** 12450 → "12.450" (Vietnamese groups thousands with a dot). */
export function formatCount(value: number): string {
  return numberFormat.format(value);
}

/** Sorting Vietnamese text: "Đ" after "D", tones in dictionary order. */
export const viCollator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** NFC, so that text typed or pasted from other systems compares and indexes the same. */
export function nfc(text: string): string {
  return text.normalize('NFC');
}
