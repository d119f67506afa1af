declare namespace App {
  interface Locals {
    site: import('./data/site.ts').SiteData;
    /** The frame in the page's language (src/data/frame.ts). */
    frame: import('./data/frame.ts').PageFrame;
  }
}
