/**
 * Makes the site's MDX components (<Figure>) available in every MDX article without an import:
 * when an article uses one and does not import it, an `import` is added to the compiled module.
 * Done at compile time (not through the `components` prop of <Content />) so that every place
 * that renders an article — the article page, feeds — gets the same output.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

const componentsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../components');

export const MDX_COMPONENTS: Record<string, string> = {
  Figure: path.join(componentsDir, 'Figure.astro'),
};

interface EsmNode {
  type: 'mdxjsEsm';
  value: string;
  data?: { estree?: { body: { type: string; specifiers?: { local: { name: string } }[] }[] } };
}

function importNode(name: string, file: string): EsmNode {
  const estree = {
    type: 'Program',
    sourceType: 'module',
    body: [
      {
        type: 'ImportDeclaration',
        attributes: [],
        source: { type: 'Literal', value: file, raw: JSON.stringify(file) },
        specifiers: [{ type: 'ImportDefaultSpecifier', local: { type: 'Identifier', name } }],
      },
    ],
  };
  return {
    type: 'mdxjsEsm',
    value: `import ${name} from ${JSON.stringify(file)};`,
    data: { estree } as never,
  };
}

export function remarkMdxComponents() {
  return (tree: Root) => {
    const used = new Set<string>();
    const imported = new Set<string>();
    visit(tree, (node) => {
      const n = node as unknown as { type: string; name?: string; data?: EsmNode['data'] };
      if (
        (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') &&
        n.name &&
        n.name in MDX_COMPONENTS
      ) {
        used.add(n.name);
      }
      if (n.type === 'mdxjsEsm') {
        for (const statement of n.data?.estree?.body ?? []) {
          for (const specifier of statement.specifiers ?? []) imported.add(specifier.local.name);
        }
      }
    });
    const missing = [...used].filter((name) => !imported.has(name));
    (tree.children as unknown[]).unshift(...missing.map((name) => importNode(name, MDX_COMPONENTS[name]!)));
  };
}
