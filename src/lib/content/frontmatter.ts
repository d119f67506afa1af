/**
 * Reads front matter with YAML 1.2's core schema: dates stay text (so "2022-02-09 14:54" is
 * read as Vietnam time by our schema, not silently as UTC) and every field keeps its line
 * number for error messages that staff can act on.
 */
import { LineCounter, parseDocument } from 'yaml';
import { stripControlChars } from '../control-chars.ts';

export interface ParsedFrontmatter {
  data: Record<string, unknown>;
  /** 1-based line in the file of a field (or of the front matter's start when absent). */
  lineOf(path: readonly PropertyKey[]): number;
  /** 1-based line where the body starts. */
  bodyStartLine: number;
  body: string;
  yamlErrors: { line: number; message: string }[];
}

const FENCE = /^---\s*$/;

/** Text values in NFC, without control characters (a stray one pasted from Word). */
function deepNfc(value: unknown): unknown {
  if (typeof value === 'string') return stripControlChars(value.normalize('NFC'));
  if (Array.isArray(value)) return value.map(deepNfc);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepNfc(v)]));
  }
  return value;
}

export function parseFrontmatter(source: string): ParsedFrontmatter {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) {
    return {
      data: {},
      lineOf: () => 1,
      bodyStartLine: 1,
      body: lines.join('\n'),
      yamlErrors: [{ line: 1, message: 'thiếu phần thông tin đầu bài (front matter) mở bằng dòng ---' }],
    };
  }
  const end = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (end < 0) {
    return {
      data: {},
      lineOf: () => 1,
      bodyStartLine: 1,
      body: '',
      yamlErrors: [{ line: 1, message: 'phần thông tin đầu bài chưa được đóng bằng dòng ---' }],
    };
  }
  const yamlText = lines.slice(1, end).join('\n');
  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { schema: 'core', lineCounter, prettyErrors: false });
  const yamlErrors = doc.errors.map((error) => ({
    line: lineCounter.linePos(error.pos[0]).line + 1,
    message: `YAML không hợp lệ: ${error.message.split('\n')[0]}`,
  }));
  const json = yamlErrors.length === 0 ? doc.toJS() : {};
  const data =
    json && typeof json === 'object' && !Array.isArray(json)
      ? (deepNfc(json) as Record<string, unknown>)
      : {};
  return {
    data,
    lineOf(path) {
      for (let depth = path.length; depth > 0; depth--) {
        const node = doc.getIn(path.slice(0, depth) as unknown[], true) as
          { range?: [number, number, number] } | undefined;
        if (node?.range) return lineCounter.linePos(node.range[0]).line + 1;
      }
      return 1;
    },
    bodyStartLine: end + 2,
    body: lines.slice(end + 1).join('\n'),
    yamlErrors,
  };
}
