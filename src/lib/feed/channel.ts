/**
 * Channel elements that @astrojs/rss does not write itself: language, lastBuildDate (the newest
 * item's date), atom:link rel="self", ttl, image and copyright.
 */
import { rfc822Vietnam } from './dates.ts';
import { plainText, type TextSlots } from './xml.ts';

export interface ChannelInfo {
  title: string;
  /** Absolute URL of the site page the feed mirrors. */
  link: string;
  /** Absolute URL of the feed itself. */
  self: string;
  /** Newest item's date; omitted for an empty feed. */
  lastBuildDate?: Date;
  /** Minutes readers may cache the feed. */
  ttl: number;
  /** Absolute URL of a small (≤ 144 px wide) logo. */
  imageUrl: string;
  imageWidth: number;
  imageHeight: number;
  copyright: string;
  language?: string;
}

export function channelCustomData(info: ChannelInfo, slots: TextSlots): string {
  return [
    `<language>${info.language ?? 'vi'}</language>`,
    info.lastBuildDate ? `<lastBuildDate>${rfc822Vietnam(info.lastBuildDate)}</lastBuildDate>` : '',
    `<atom:link href="${slots.slot(info.self)}" rel="self" type="application/rss+xml"/>`,
    `<ttl>${Math.max(1, Math.round(info.ttl))}</ttl>`,
    `<image><url>${slots.slot(info.imageUrl)}</url><title>${slots.slot(plainText(info.title))}</title>` +
      `<link>${slots.slot(info.link)}</link><width>${info.imageWidth}</width><height>${info.imageHeight}</height></image>`,
    `<copyright>${slots.slot(plainText(info.copyright))}</copyright>`,
  ].join('');
}

/** The newest of the items' dates (they may not be sorted). */
export function newestDate(dates: Iterable<Date>): Date | undefined {
  let newest: Date | undefined;
  for (const date of dates) if (!newest || date.getTime() > newest.getTime()) newest = date;
  return newest;
}
