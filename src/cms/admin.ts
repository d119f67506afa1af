/**
 * The browser editor's script (only /admin/ loads it): Decap CMS with the site's captioned-photo
 * component. The configuration is /admin/config.yml, generated at build time (src/lib/cms/config.ts).
 */
import CMS from 'decap-cms-app';
import { CAPTIONED_PHOTO_COMPONENT } from '../lib/cms/config.ts';
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
    ],
    pattern: CAPTIONED_PHOTO_PATTERN,
    fromBlock: (match: RegExpMatchArray) => parseCaptionedPhoto(match),
    toBlock: (data: CaptionedPhoto) => captionedPhotoMarkdown(data),
    toPreview: (data: CaptionedPhoto, getAsset: (path: string) => { toString(): string }) => {
      const src = data.image ? String(getAsset(data.image.replace(/^\.\//, ''))) : photoPath('');
      const text = [data.caption, data.credit ? `(Ảnh: ${data.credit})` : ''].filter(Boolean).join(' ');
      return (
        `<figure><img src="${escapeHtml(src)}" alt="${escapeHtml(data.alt ?? '')}" style="max-width:100%">` +
        (text ? `<figcaption><em>${escapeHtml(text)}</em></figcaption>` : '') +
        `</figure>`
      );
    },
  });
  CMS.init();
}
