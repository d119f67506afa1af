/** A scraped page that cannot be imported safely; the message names the file, in Vietnamese and English. */
export class LegacyFileError extends Error {
  readonly file: string;
  constructor(file: string, vi: string, en: string) {
    super(`${file}: ${vi} / ${en}`);
    this.name = new.target.name;
    this.file = file;
  }
}
