import jsonld from 'jsonld';
import { describe, expect, test } from 'vitest';
import { installedVocabulary, offlineDocumentLoader, readVocabulary, schemaOrg } from '../support/schema-vocabulary';

const vocabulary = installedVocabulary();

describe('installedVocabulary', () => {
  test('knows schema.org’s types and properties', () => {
    for (const type of [
      'NewsArticle',
      'ScholarlyArticle',
      'DefinedTerm',
      'DefinedTermSet',
      'Periodical',
      'PropertyValue',
      'MediaObject',
      'WebPage',
      'Organization',
      'Person',
    ])
      expect(vocabulary.types, type).toContain(type);
    for (const property of ['headline', 'workTranslation', 'translationOfWork', 'termCode', 'sdPublisher'])
      expect(vocabulary.properties, property).toContain(property);
  });

  test('does not know what schema.org does not define', () => {
    expect(vocabulary.types).not.toContain('Newsarticle');
    expect(vocabulary.properties).not.toContain('headlin');
  });

  test('gives each type the properties of its supertypes, and no others', () => {
    // NewsArticle < Article < CreativeWork < Thing.
    for (const property of ['dateline', 'articleBody', 'inLanguage', 'name'])
      expect(vocabulary.propertiesOf('NewsArticle'), property).toContain(property);
    // A DefinedTerm is no creative work: it has no language of its own.
    expect(vocabulary.propertiesOf('DefinedTerm')).toContain('termCode');
    expect(vocabulary.propertiesOf('DefinedTerm')).not.toContain('inLanguage');
    expect(vocabulary.propertiesOf('NotAType').size).toBe(0);
  });

  test('reads leaves declared as type aliases, as schema-dts declares roles', () => {
    const declarations = `
      interface ThingBase { "name"?: string; }
      interface RoleBase extends ThingBase { "roleName"?: string; }
      export type RoleLeaf<T, P extends string> = Omit<RoleBase, P> & { "@type": "Role" } & { [key in P]: T };`;
    expect([...readVocabulary(declarations).propertiesOf('Role')].sort()).toEqual(['name', 'roleName']);
  });
});

describe('offlineDocumentLoader', () => {
  test('serves schema.org’s context, so that a JSON-LD processor expands terms offline', async () => {
    const expanded = await jsonld.expand(
      { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'x' },
      { documentLoader: offlineDocumentLoader },
    );
    expect(expanded).toEqual([{ '@type': [`${schemaOrg}NewsArticle`], [`${schemaOrg}headline`]: [{ '@value': 'x' }] }]);
  });

  test('refuses any other document', async () => {
    await expect(offlineDocumentLoader('https://example.org/context.jsonld')).rejects.toThrow(
      /offline.*https:\/\/example\.org\/context\.jsonld/,
    );
  });
});
