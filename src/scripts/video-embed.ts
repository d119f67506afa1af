/**
 * Click-to-play (components/VideoPlayers.astro): a YouTube/Vimeo video is a link until the reader
 * clicks it, so no third-party request is made before. The iframe's address is rebuilt from the
 * provider and a checked id (src/lib/markdown/video.ts), never taken from the page, so a body
 * cannot point the player anywhere else; the CSP's frame-src allows only those two hosts.
 */
import { parseVideoUrl, playerUrl } from '../lib/video-url.ts';

for (const link of document.querySelectorAll<HTMLAnchorElement>('a.video__link[data-video-id]')) {
  link.addEventListener('click', (event) => {
    const video = parseVideoUrl(link.href);
    if (!video || video.id !== link.dataset.videoId) return;
    event.preventDefault();
    const frame = document.createElement('iframe');
    frame.src = playerUrl(video, true);
    // The iframe's accessible name: the video's title, or "Xem video trên YouTube" for a bare address.
    frame.title =
      link.querySelector('.video__title')?.textContent?.trim() ||
      link.querySelector('.video__hint')?.textContent?.trim() ||
      '';
    frame.allow = 'autoplay; encrypted-media; fullscreen; picture-in-picture';
    frame.allowFullscreen = true;
    frame.referrerPolicy = 'strict-origin-when-cross-origin';
    frame.className = 'video__frame';
    link.replaceWith(frame);
    frame.focus();
  });
}
