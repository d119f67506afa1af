/** Vietnamese number formatting. */

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

/** 12450 → "12.450" (Vietnamese groups thousands with a dot). */
export function formatCount(value: number): string {
  return numberFormat.format(value);
}

const sizeFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 });

/**
 * A file's size as readers see it beside a download: 1258291 → "1,2 MB", 35840 → "35 KB"
 * (binary units, as file managers show them; never "0 MB" for a small file).
 */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${numberFormat.format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${numberFormat.format(Math.round(bytes / 1024))} KB`;
  if (bytes < 1024 * 1024 * 1024) return `${sizeFormat.format(bytes / (1024 * 1024))} MB`;
  return `${sizeFormat.format(bytes / (1024 * 1024 * 1024))} GB`;
}
