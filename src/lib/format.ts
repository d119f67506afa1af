/** Vietnamese number formatting. */

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

/** 12450 → "12.450" (Vietnamese groups thousands with a dot). */
export function formatCount(value: number): string {
  return numberFormat.format(value);
}
