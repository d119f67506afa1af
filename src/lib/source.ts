/** Source attribution ("Trích nguồn: Báo Dân tộc") resolved against the registered sources. */
import { ui } from '../i18n/vi.ts';

export interface SourceRef {
  id?: string;
  name?: string;
  url?: string;
  kind: 'trich-nguon' | 'theo';
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
