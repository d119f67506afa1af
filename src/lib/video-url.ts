/**
 * YouTube and Vimeo addresses: which video an address staff copied names, and its player on the
 * provider's privacy-friendly host (youtube-nocookie.com; Vimeo with dnt=1). No imports: the
 * click-to-play script (src/scripts/video-embed.ts) ships it to browsers.
 */
export type VideoProvider = 'youtube' | 'vimeo';

export interface EmbeddedVideo {
  provider: VideoProvider;
  id: string;
}

/** The hosts the click-to-play iframe may load (src/lib/deploy/csp.ts frame-src). */
export const PLAYER_ORIGINS: Readonly<Record<VideoProvider, string>> = {
  youtube: 'https://www.youtube-nocookie.com',
  vimeo: 'https://player.vimeo.com',
};

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const VIMEO_ID = /^\d{6,12}$/;

/** The video of a YouTube or Vimeo address as staff copy it from the browser, or undefined. */
export function parseVideoUrl(value: string): EmbeddedVideo | undefined {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const host = url.hostname.replace(/^(www|m)\./, '');
  const parts = url.pathname.split('/').filter(Boolean);
  let id: string | undefined;
  if (host === 'youtu.be') id = parts[0];
  else if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    if (parts[0] === 'watch') id = url.searchParams.get('v') ?? undefined;
    else if (['embed', 'shorts', 'live', 'v'].includes(parts[0] ?? '')) id = parts[1];
  }
  if (id !== undefined) return YOUTUBE_ID.test(id) ? { provider: 'youtube', id } : undefined;
  if (host === 'vimeo.com') id = parts.at(-1);
  else if (host === 'player.vimeo.com' && parts[0] === 'video') id = parts[1];
  if (id !== undefined && VIMEO_ID.test(id)) return { provider: 'vimeo', id };
  return undefined;
}

/** The player on the provider's privacy-friendly host: what the link opens and the iframe loads. */
export function playerUrl({ provider, id }: EmbeddedVideo, autoplay = false): string {
  if (provider === 'youtube') return `${PLAYER_ORIGINS.youtube}/embed/${id}${autoplay ? '?autoplay=1' : ''}`;
  return `${PLAYER_ORIGINS.vimeo}/video/${id}?dnt=1${autoplay ? '&autoplay=1' : ''}`;
}
