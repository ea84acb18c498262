/**
 * The schema.org vocabulary, offline, for checking the site's JSON-LD: every type and property,
 * and which properties each type has, read from the declarations schema-dts generates from
 * schema.org (`interface NewsArticleLeaf extends NewsArticleBase { "@type": "NewsArticle" }`,
 * `interface NewsArticleBase extends ArticleBase { "dateline"?: … }`) with the TypeScript
 * compiler's parser; and a JSON-LD document loader that serves a schema.org context from here, so
 * that a JSON-LD processor never fetches https://schema.org/.
 *
 * schema-dts's types make `astro check` refuse most JSON-LD that schema.org does not define (a
 * misspelt property or type, in a nested object or in a part spread in, a property of another
 * type), but not a property of an object literal that a callback returns, whose type is inferred:
 * `authors.map((name) => ({ '@type': 'Person', name, familyNme: name }))` passes. The built
 * pages' JSON-LD is checked against the vocabulary for that.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { RemoteDocument } from 'jsonld/jsonld-spec';
import ts from 'typescript';

/** schema.org's namespace, as every term expands under it. */
export const schemaOrg = 'https://schema.org/';

export interface Vocabulary {
  types: ReadonlySet<string>;
  properties: ReadonlySet<string>;
  /** The properties a type has: declared on it or on any of its supertypes; empty for an unknown type. */
  propertiesOf(type: string): ReadonlySet<string>;
}

/** Names of the interfaces a declaration extends, e.g. `['ArticleBase']`. */
function parents(node: ts.InterfaceDeclaration): string[] {
  return (node.heritageClauses ?? []).flatMap((clause) => clause.types.map((type) => type.expression.getText()));
}

/** The literal value of a `"@type": "…"` member among some members, if there is one. */
function typeLiteral(members: ts.NodeArray<ts.TypeElement>): string | undefined {
  for (const member of members) {
    if (!ts.isPropertySignature(member) || member.name.getText().replace(/"/g, '') !== '@type') continue;
    const type = member.type;
    if (type && ts.isLiteralTypeNode(type) && ts.isStringLiteral(type.literal)) return type.literal.text;
  }
  return undefined;
}

/**
 * Reads the vocabulary from the text of schema-dts's `schema.d.ts`.
 * @example readVocabulary(text).propertiesOf('DefinedTerm').has('termCode') // true
 */
export function readVocabulary(declarations: string): Vocabulary {
  const file = ts.createSourceFile('schema.d.ts', declarations, ts.ScriptTarget.Latest, true);
  const declared = new Map<string, string[]>();
  const extendsOf = new Map<string, string[]>();
  const basesOf = new Map<string, string[]>();
  const visit = (node: ts.Node) => {
    if (ts.isInterfaceDeclaration(node)) {
      const name = node.name.text;
      if (name.endsWith('Base')) {
        const names = node.members.filter(ts.isPropertySignature).map((m) => m.name.getText().replace(/"/g, ''));
        declared.set(
          name,
          names.filter((n) => !n.startsWith('@')),
        );
        extendsOf.set(name, parents(node));
      }
      const type = typeLiteral(node.members);
      if (name.endsWith('Leaf') && type) basesOf.set(type, parents(node));
    }
    // A few leaves (the roles) are type aliases: `Omit<EmployeeRoleBase, P> & { "@type": "EmployeeRole" }`.
    if (ts.isTypeAliasDeclaration(node) && node.name.text.endsWith('Leaf')) {
      const parts = ts.isIntersectionTypeNode(node.type) ? node.type.types : [node.type];
      const type = parts
        .map((part) => (ts.isTypeLiteralNode(part) ? typeLiteral(part.members) : undefined))
        .find(Boolean);
      const bases = parts.flatMap((part) =>
        ts.isTypeReferenceNode(part) && part.typeArguments?.[0] ? [part.typeArguments[0].getText()] : [],
      );
      if (type) basesOf.set(type, bases);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  const closure = (bases: readonly string[], seen = new Set<string>()): Set<string> => {
    for (const base of bases) {
      if (seen.has(base)) continue;
      seen.add(base);
      closure(extendsOf.get(base) ?? [], seen);
    }
    return seen;
  };
  const types = new Set([...basesOf.keys()].filter((type) => !type.includes(':')));
  const properties = new Set([...declared.values()].flat());
  return {
    types,
    properties,
    propertiesOf: (type) => new Set([...closure(basesOf.get(type) ?? [])].flatMap((base) => declared.get(base) ?? [])),
  };
}

/** The vocabulary of the installed schema-dts, the same the site's JSON-LD is typed with. */
export function installedVocabulary(): Vocabulary {
  const require = createRequire(import.meta.url);
  return readVocabulary(readFileSync(require.resolve('schema-dts/dist/schema.d.ts'), 'utf8'));
}

/**
 * A schema.org context that maps every term into schema.org's namespace, as schema.org's own does
 * with `@vocab`; its coercions of values (URLs, dates) are left out, as the checks read names only.
 * A misspelt property thus expands to a schema.org IRI too, and the vocabulary tells it apart.
 */
export const schemaOrgContext = { '@context': { '@vocab': schemaOrg } };

/** The addresses a document's `"@context": "https://schema.org"` makes a JSON-LD processor load. */
const contextUrls = new Set([
  'https://schema.org',
  'https://schema.org/',
  'http://schema.org',
  'http://schema.org/',
  'https://schema.org/docs/jsonldcontext.jsonld',
]);

/**
 * A JSON-LD document loader (as `jsonld`'s `documentLoader` option) that serves schema.org's
 * context from memory and refuses every other URL, so that no check goes to the network.
 */
export function offlineDocumentLoader(url: string): Promise<RemoteDocument> {
  if (!contextUrls.has(url))
    return Promise.reject(new Error(`The JSON-LD checks run offline; they have no document for ${url}.`));
  return Promise.resolve({ documentUrl: url, document: schemaOrgContext });
}
