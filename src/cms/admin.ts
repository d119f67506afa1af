/**
 * The browser editor's script (only /admin/ loads it): Decap CMS with the site's captioned-photo
 * component. The configuration is /admin/config.yml, generated at build time (src/lib/cms/config.ts).
 */
import CMS from 'decap-cms-app';
import type { EditorComponentField } from 'decap-cms-core';
import { CAPTIONED_PHOTO_COMPONENT } from '../lib/cms/config.ts';
import { ArticlePreview, PREVIEW_CSS } from './preview.ts';
import {
  CAPTIONED_PHOTO_PATTERN,
  captionedPhotoMarkdown,
  parseCaptionedPhoto,
  photoPath,
  type CaptionedPhoto,
} from '../lib/cms/captioned-photo.ts';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

export function startCms(): void {
  CMS.registerEditorComponent({
    id: CAPTIONED_PHOTO_COMPONENT,
    label: 'Ảnh có chú thích',
    // Decap's type leaves out `hint` and `required`, which its editor components do accept.
    fields: [
      {
        name: 'image',
        label: 'Ảnh',
        widget: 'image',
        hint: 'Ảnh được lưu cạnh bài viết (JPEG hoặc PNG, nên dưới 5 MB).',
      },
      {
        name: 'alt',
        label: 'Mô tả ảnh (alt)',
        widget: 'string',
        hint: 'Bắt buộc: người khiếm thị nghe câu này. Ảnh chỉ để trang trí thì ghi "(trang trí)".',
      },
      {
        name: 'caption',
        label: 'Chú thích',
        widget: 'string',
        required: false,
        hint: 'Dòng in nghiêng dưới ảnh.',
      },
      {
        name: 'credit',
        label: 'Tác giả ảnh',
        widget: 'string',
        required: false,
        hint: 'Hiện thành "(Ảnh: …)".',
      },
    ] as unknown as EditorComponentField[],
    pattern: CAPTIONED_PHOTO_PATTERN,
    fromBlock: (match: RegExpMatchArray) => parseCaptionedPhoto(match),
    toBlock: (data: CaptionedPhoto) => captionedPhotoMarkdown(data),
    toPreview: (data: CaptionedPhoto) => {
      const text = [data.caption, data.credit ? `(Ảnh: ${data.credit})` : ''].filter(Boolean).join(' ');
      return `<figure><img src="${escapeHtml(photoPath(data.image ?? ''))}" alt="${escapeHtml(data.alt ?? '')}">${
        text ? `<figcaption>${escapeHtml(text)}</figcaption>` : ''
      }</figure>`;
    },
  });
  CMS.registerPreviewTemplate('news', ArticlePreview);
  CMS.registerPreviewStyle(PREVIEW_CSS, { raw: true });
  CMS.init();
}
