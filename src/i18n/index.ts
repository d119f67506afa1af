/** The dictionary of a page's language (languageOfPath in src/lib/urls.ts decides the language). */
import type { SiteLanguage } from '../lib/urls.ts';
import { ui as en } from './en.ts';
import { ui as vi, type Dictionary } from './vi.ts';

const dictionaries: Record<SiteLanguage, Dictionary> = { vi, en };

export function dictionaryOf(lang: SiteLanguage): Dictionary {
  return dictionaries[lang];
}
