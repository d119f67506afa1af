/**
 * Reads front matter with YAML 1.2's core schema: dates stay text (so "2022-02-09 14:54" is
 * read as Vietnam time by our schema, not silently as UTC) and every field keeps its line
 * number for error messages that staff can act on.
 */
import { LineCounter, parseDocument } from 'yaml';
import { stripControlChars } from '../vietnamese.ts';

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

/** Front matter needs no YAML aliases; a few are tolerated, an expansion bomb is not. */
const MAX_ALIASES = 20;

/** YAML's own (English) messages for the mistakes staff make, in Vietnamese. */
const YAML_MESSAGES: Record<string, string> = {
  DUPLICATE_KEY: 'một trường được viết hai lần; giữ một dòng, xóa dòng còn lại',
  TAB_AS_INDENT: 'dòng thụt vào bằng phím Tab; YAML chỉ cho thụt bằng dấu cách',
  MISSING_CHAR: 'thiếu dấu đóng (ngoặc kép, ngoặc vuông hoặc ngoặc nhọn)',
  BAD_INDENT: 'thụt đầu dòng sai, hoặc danh sách [ ... ] chưa đóng',
  BLOCK_AS_IMPLICIT_KEY: 'thiếu dấu hai chấm sau tên trường, hoặc giá trị nhiều dòng cần đặt trong ngoặc kép',
  MULTILINE_IMPLICIT_KEY: 'tên trường bị ngắt dòng; giá trị có dấu hai chấm cần đặt trong ngoặc kép',
  UNEXPECTED_TOKEN: 'có ký tự không đúng chỗ; giá trị có dấu : # [ ] { } cần đặt trong ngoặc kép',
  BAD_ALIAS: 'bí danh YAML (*tên) không được định nghĩa',
};

/** The line of `text` holding `offset`, for pointing staff at the mistake. */
function lineAt(text: string, offset: number): string {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return text.slice(start, end < 0 ? undefined : end);
}

function yamlMessage(code: string, english: string, near: string): string {
  const known = YAML_MESSAGES[code];
  const at = near.trim() ? ` (gần "${near.trim().slice(0, 40)}")` : '';
  return known ? `YAML không hợp lệ: ${known}${at}` : `YAML không hợp lệ: ${english.split('\n')[0]}`;
}

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
  const doc = parseDocument(yamlText, { schema: 'core', lineCounter, prettyErrors: false, uniqueKeys: true });
  const yamlErrors = doc.errors.map((error) => ({
    line: lineCounter.linePos(error.pos[0]).line + 1,
    message: yamlMessage(error.code, error.message, lineAt(yamlText, error.pos[0])),
  }));
  let json: unknown = {};
  if (yamlErrors.length === 0) {
    try {
      json = doc.toJS({ maxAliasCount: MAX_ALIASES });
    } catch {
      // Aliases that expand without bound (a "billion laughs" block) stop here, not in the build.
      yamlErrors.push({
        line: 2,
        message: `phần đầu bài dùng quá nhiều bí danh YAML (&/*, quá ${MAX_ALIASES}); viết giá trị trực tiếp`,
      });
    }
  }
  const data =
    yamlErrors.length === 0 && json && typeof json === 'object' && !Array.isArray(json)
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
