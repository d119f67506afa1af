/**
 * Source attribution ("Trích nguồn: Báo Dân tộc"): the kinds of attribution, a source written by
 * name matched to a registered one, and an article's source resolved against sources.yaml.
 */
import { ui } from '../i18n/vi.ts';
import { comparisonKey } from './vietnamese.ts';

/** "Trích nguồn …" (an excerpt) or "Theo …" (based on). */
export const SOURCE_KINDS = ['trich-nguon', 'theo'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface SourceRef {
  id?: string;
  name?: string;
  url?: string;
  kind: SourceKind;
}

export interface RegisteredSource {
  name: string;
  shortName?: string;
  url?: string;
}

export interface Attribution {
  label: string;
  name: string;
  /** The original article if known, else the source's home page, else none. */
  href?: string;
}

/** A registered source with its id (sources.yaml, read by src/lib/content/registries.ts). */
export interface SourceEntry extends RegisteredSource {
  id: string;
}

/** Keys of the registry's names, computed once per name (the registry is small and fixed). */
const registryKeys = new Map<string, string>();
function registryKey(name: string): string {
  let key = registryKeys.get(name);
  if (key === undefined) registryKeys.set(name, (key = comparisonKey(name)));
  return key;
}

/**
 * The id of the registered source whose name or short name is `name` (compared by
 * comparisonKey: case, NFD, tone placement, spacing and a final dot do not matter).
 */
export function matchSource(name: string, registry: readonly SourceEntry[]): string | undefined {
  const key = comparisonKey(name);
  for (const entry of registry) {
    if (registryKey(entry.name) === key) return entry.id;
    if (entry.shortName !== undefined && registryKey(entry.shortName) === key) return entry.id;
  }
  return undefined;
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** The id of the registered source whose site (its `url`) serves `url`, e.g. an article link. */
export function matchSourceUrl(url: string, registry: readonly SourceEntry[]): string | undefined {
  const host = hostOf(url);
  if (host === undefined) return undefined;
  return registry.find((entry) => entry.url !== undefined && hostOf(entry.url) === host)?.id;
}

export function resolveAttribution(
  source: SourceRef,
  registered: ReadonlyMap<string, RegisteredSource>,
): Attribution {
  const known = source.id ? registered.get(source.id) : undefined;
  const name = known ? (known.shortName ?? known.name) : (source.name ?? source.id ?? '');
  return {
    label: ui.article.sourceKind[source.kind],
    name,
    href: source.url ?? known?.url,
  };
}
