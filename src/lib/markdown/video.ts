/**
 * One video's markup, for the Markdown forms (src/lib/markdown/remark-video.ts) and the MDX
 * <Video> element alike, so both give the same output:
 *
 * - YouTube / Vimeo: a link to the player on the provider's privacy host (youtube-nocookie.com,
 *   player.vimeo.com with dnt=1) showing the title and a play mark — no third-party request
 *   until the reader clicks. src/scripts/video-embed.ts turns the click into an iframe in place
 *   (the CSP's frame-src allows exactly PLAYER_ORIGINS); without JavaScript the link opens the player.
 * - A local MP4: <video controls preload="none"> with its poster and captions when they sit
 *   beside it under the same name, and a download link inside for browsers without video.
 *
 * The title is what screen readers announce: the link's text (YouTube, Vimeo) or the figure's
 * caption (MP4).
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { ui } from '../../i18n/vi.ts';
import { playerUrl, type EmbeddedVideo } from '../video-url.ts';

export { parseVideoUrl, playerUrl, PLAYER_ORIGINS, type EmbeddedVideo } from '../video-url.ts';

export type VideoSpec =
  | {
      kind: 'embed';
      video: EmbeddedVideo;
      /** Empty for a bare address: the link then reads "Xem video trên YouTube". */
      title: string;
    }
  | {
      kind: 'file';
      /** Relative to the article page ("./hop-bao.mp4"), like every file beside the article. */
      src: string;
      title: string;
      poster?: string;
      captions?: string;
    };

function caption(title: string): Element {
  return h('figcaption', title);
}

/** The figure for one video (hast; sanitised with the rest of the body by body-policy.ts). */
export function videoElement(spec: VideoSpec): Element {
  if (spec.kind === 'embed') {
    const { video, title } = spec;
    // The title is the link's own text (no caption repeating it); the spaces keep the parts
    // apart as text (screen readers, feeds), the page's flex layout hides them.
    const link = h(
      'a',
      {
        className: ['video__link'],
        href: playerUrl(video),
        dataVideoProvider: video.provider,
        dataVideoId: video.id,
      },
      [
        h('span', { className: ['video__play'], ariaHidden: 'true' }),
        ...(title ? [h('span', { className: ['video__title'] }, title), ' '] : []),
        h('span', { className: ['video__hint'] }, ui.video.playOn(video.provider)),
      ],
    );
    return h('figure', { className: ['video', 'video--embed'] }, [link]);
  }
  const children: ElementContent[] = [h('source', { src: spec.src, type: 'video/mp4' })];
  if (spec.captions) {
    children.push(
      h('track', {
        kind: 'captions',
        src: spec.captions,
        srcLang: 'vi',
        label: ui.video.captionsLabel,
        default: true,
      }),
    );
  }
  children.push(h('a', { href: spec.src }, ui.video.download));
  const player = h(
    'video',
    { className: ['video__player'], controls: true, preload: 'none', poster: spec.poster, title: spec.title },
    children,
  );
  return h('figure', { className: ['video', 'video--file'] }, [player, caption(spec.title)]);
}
