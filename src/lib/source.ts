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

/**
 * The id of the registered source whose name or short name is `name` (compared by
 * comparisonKey: case, NFD, tone placement, spacing and a final dot do not matter).
 */
export function matchSource(
  name: string,
  registry: readonly { id: string; data: RegisteredSource }[],
): string | undefined {
  const key = comparisonKey(name);
  for (const { id, data } of registry) {
    if (comparisonKey(data.name) === key) return id;
    if (data.shortName !== undefined && comparisonKey(data.shortName) === key) return id;
  }
  return undefined;
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
