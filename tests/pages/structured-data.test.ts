import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { useTranslations } from '../../src/site/i18n';
import { languages, type Lang } from '../../src/site/languages';
import { installedVocabulary, offlineDocumentLoader, schemaOrg } from '../support/schema-vocabulary';
import { editionSchema, paperSchema } from '../../src/content/schema';
import { absolute, builtPages, loadPage } from '../support/site';

const vocabulary = installedVocabulary();
const paper = paperSchema.parse(parse(readFileSync('content/paper.yaml', 'utf8')));
const edition = (lang: Lang) => editionSchema.parse(parse(readFileSync(`content/${lang}/edition.yaml`, 'utf8')));
const day = (date: Date) => date.toISOString().slice(0, 10);
const doiUrl = `https://doi.org/${paper.doi}`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- what the tests check is its shape
type Json = Record<string, any>;

function blocks(path: string): Json[] {
  return [...loadPage(path).querySelectorAll('script[type="application/ld+json"]')].map(
    (script) => JSON.parse(script.textContent) as Json,
  );
}

/** Every node object of an expanded JSON-LD document: what has a type, an id or properties, not a value. */
function nodes(value: unknown): Json[] {
  if (Array.isArray(value)) return value.flatMap(nodes);
  if (!value || typeof value !== 'object' || '@value' in value) return [];
  return [
    value,
    ...Object.entries(value).flatMap(([key, child]) => (key.startsWith('@') && key !== '@list' ? [] : nodes(child))),
  ];
}

/** The name of a schema.org term from its IRI; fails for a term outside schema.org. */
function term(iri: string): string {
  expect(iri.startsWith(schemaOrg), `${iri} is not a schema.org term`).toBe(true);
  return iri.slice(schemaOrg.length);
}

const pagesWithData = languages.flatMap((lang) => [
  `/${lang}/`,
  `/${lang}/parallel/`,
  `/${lang}/glossary/`,
  `/${lang}/glossary/gsk3-inhibitor/`,
]);

describe.each(pagesWithData)('JSON-LD of %s', (path) => {
  test('expands, offline, into schema.org types and properties, each on a type that has it', async () => {
    const data = blocks(path);
    expect(data).toHaveLength(1);
    const found = nodes(
      await jsonld.expand(data[0] as jsonld.JsonLdDocument, { documentLoader: offlineDocumentLoader }),
    );
    expect(found.filter((node) => node['@type']).length).toBeGreaterThan(1);
    for (const node of found) {
      const types = ((node['@type'] ?? []) as string[]).map(term);
      for (const type of types) expect(vocabulary.types, `@type ${type}`).toContain(type);
      for (const property of Object.keys(node)
        .filter((key) => !key.startsWith('@'))
        .map(term)) {
        expect(vocabulary.properties, property).toContain(property);
        if (types.length)
          expect(
            types.some((type) => vocabulary.propertiesOf(type).has(property)),
            `${property} on ${types.join(', ')}`,
          ).toBe(true);
      }
    }
  });
});

describe.each(languages)('the %s article’s NewsArticle', (lang) => {
  const document = loadPage(`/${lang}/`);
  const [data = {}] = blocks(`/${lang}/`);
  const { headline, description, date, institution } = edition(lang);
  const siteName = useTranslations(lang)('site.name');

  test('is the page, with its headline, description, the release’s date and its language', () => {
    expect(data).toMatchObject({
      '@type': 'NewsArticle',
      '@id': absolute(`/${lang}/`),
      url: absolute(`/${lang}/`),
      headline,
      description,
      datePublished: day(date),
      inLanguage: lang,
    });
    expect(data['image']).toBe(document.querySelector('meta[property="og:image"]')?.getAttribute('content'));
  });

  test('reports the paper: its DOI, title, twelve authors in order, journal and date, as content/paper.yaml gives them', () => {
    expect(data['isBasedOn']).toEqual({
      '@type': 'ScholarlyArticle',
      '@id': doiUrl,
      sameAs: doiUrl,
      identifier: { '@type': 'PropertyValue', propertyID: 'DOI', value: paper.doi },
      headline: paper.title,
      name: paper.title,
      author: paper.authors.map((name) => ({ '@type': 'Person', name })),
      datePublished: day(paper.published),
      isPartOf: {
        '@type': 'Periodical',
        name: paper.journal,
        publisher: { '@type': 'Organization', name: paper.publisher },
      },
    });
    expect(paper.authors).toHaveLength(12);
    expect(data['citation']).toEqual({ '@id': doiUrl });
  });

  test('names JFCR as the source, at the postal address the page’s contacts give', () => {
    const address = document.querySelector('address[id="contact-research-address"]')?.innerHTML ?? '';
    const lines = address.split(/<br\s*\/?>/).map((line) => line.replace(/<[^>]+>/g, '').trim());
    for (const role of ['author', 'sourceOrganization']) {
      expect(data[role]).toMatchObject({
        '@type': 'Organization',
        name: institution,
        alternateName: languages.filter((l) => l !== lang).map((l) => edition(l).institution),
      });
      expect(lines).toContain((data[role] as Json)['address']);
      expect((data[role] as Json)['address']).toMatch(/\d{3}-\d{4}/);
    }
  });

  test('links the glossary’s terms, as the glossary defines them', () => {
    const glossary = blocks(`/${lang}/glossary/`)[0]?.['hasDefinedTerm'] as Json[];
    expect(data['about']).toEqual(glossary.map(({ description: _, ...term }) => term));
  });

  test('gives the PDF and the parallel view as other forms of the release', () => {
    const pdf = document.querySelector('a[href$=".pdf"]')?.getAttribute('href') ?? '';
    expect(data['encoding']).toEqual({
      '@type': 'MediaObject',
      contentUrl: new URL(pdf, absolute('/')).href,
      encodingFormat: 'application/pdf',
      inLanguage: lang,
    });
    expect(data['workExample']).toMatchObject({ '@type': 'WebPage', '@id': absolute(`/${lang}/parallel/`) });
  });

  test('says honestly who made which edition: JFCR the original, this site the translation', () => {
    const site = { '@type': 'Organization', name: siteName, url: absolute('/') };
    expect(data['sdPublisher']).toEqual(site);
    if (lang === 'ja') {
      expect(data['publisher']).toMatchObject({ name: institution });
      expect(data['workTranslation']).toEqual([
        expect.objectContaining({
          '@id': absolute('/en/'),
          inLanguage: 'en',
          headline: edition('en').headline,
          translator: site,
          publisher: site,
        }),
      ]);
      expect(data['translationOfWork']).toBeUndefined();
    } else {
      expect(data['publisher']).toEqual(site);
      expect(data['translator']).toEqual(site);
      expect(data['translationOfWork']).toMatchObject({
        '@id': absolute('/ja/'),
        inLanguage: 'ja',
        headline: edition('ja').headline,
        publisher: { name: edition('ja').institution },
      });
      expect(data['workTranslation']).toBeUndefined();
    }
  });

  test("states the rights: JFCR's in its release, this site's CC BY 4.0 on its translation", () => {
    const site = { '@type': 'Organization', name: siteName, url: absolute('/') };
    const jfcr = { name: edition('ja').institution };
    const licensed = { copyrightHolder: site, license: 'https://creativecommons.org/licenses/by/4.0/' };
    if (lang === 'ja') {
      expect(data['copyrightHolder']).toMatchObject(jfcr);
      expect(data['license']).toBeUndefined();
      expect(data['workTranslation']).toEqual([expect.objectContaining(licensed)]);
    } else {
      expect(data).toMatchObject(licensed);
      expect(data['translationOfWork']).toMatchObject({ copyrightHolder: jfcr });
      expect(data['translationOfWork']).not.toHaveProperty('license');
    }
  });
});

describe.each(languages)('the %s parallel view’s WebPage', (lang) => {
  const [data = {}] = blocks(`/${lang}/parallel/`);

  test('is the page, in both languages, holding both editions, the original first', () => {
    expect(data).toMatchObject({
      '@type': 'WebPage',
      '@id': absolute(`/${lang}/parallel/`),
      inLanguage: [...languages],
    });
    expect((data['hasPart'] as Json[]).map((part): unknown[] => [part['@id'], part['inLanguage']])).toEqual(
      languages.map((l) => [absolute(`/${l}/`), l]),
    );
  });
});

describe('metadata for Google Scholar', () => {
  test('no page carries citation_* (Highwire) tags, which would index it as the paper itself', () => {
    const tagged = builtPages().filter((path) => loadPage(path).querySelector('meta[name^="citation_" i]'));
    expect(tagged).toEqual([]);
  });
});
