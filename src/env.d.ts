declare namespace App {
  interface Locals {
    site: import('./data/site.ts').SiteData;
  }
}
