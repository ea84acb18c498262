import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { languages } from '../../src/site/languages';
import { glossaryDataSchema } from '../../src/glossary/data-schema';
import { base, distDir, loadPage, siteUrl } from '../support/site';

/** The build's address without its final slash, so that `${site}/ja/` is the Japanese edition's. */
const site = siteUrl.href.replace(/\/$/, '');
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(distDir, path), 'utf8'));
/** The site-relative path of one of the build's absolute URLs, e.g. `/ja/glossary/`. */
const pathOf = (url: string) => new URL(url).pathname.slice(base.length - 1);
/** A term's entry as a page shows it: the heading of its page. */
const termOnPage = (url: string) => loadPage(pathOf(url)).querySelector('main h1')?.textContent.trim();

describe('/glossary.json', () => {
  const data = glossaryDataSchema.parse(readJson('glossary.json'));

  test('is version 1 of the documented format, pointing at its JSON Schema', () => {
    expect(data.version).toBe(1);
    expect(data.format).toBe(`${site}/glossary.schema.json`);
    expect(readJson('glossary.schema.json')).toMatchObject({
      type: 'object',
      required: expect.arrayContaining(['format', 'version', 'release', 'terms']) as string[],
    });
  });

  test("states the licence of this site's part, CC BY 4.0, which version 1 may leave out", () => {
    expect(data.license).toBe('https://creativecommons.org/licenses/by/4.0/');
    const schema = readJson('glossary.schema.json') as { properties: Record<string, unknown>; required: string[] };
    expect(schema.properties['license']).toMatchObject({ type: 'string', format: 'uri' });
    expect(schema.required).not.toContain('license');
  });

  test('names the release, its date and its pages', () => {
    expect(data.release.date).toBe('2022-03-17');
    expect(data.release.publisher).toBe('Japanese Foundation for Cancer Research');
    for (const lang of languages) {
      expect(data.release.url[lang]).toBe(`${site}/${lang}/`);
      expect(loadPage(`/${lang}/`).querySelector('h1')?.textContent.trim()).toBe(data.release.title[lang]);
    }
  });

  test('gives each term its id, its ※ number and, in each language, what its page says', () => {
    expect(data.terms.map((t) => [t.id, t.number])).toEqual([
      ['alk-fusion-gene', 1],
      ['alk-inhibitor', 2],
      ['drug-resistant-cancer-cell', 3],
      ['drug-tolerant-persister-cell', 4],
      ['gsk3-inhibitor', 5],
    ]);
    for (const term of data.terms) {
      for (const lang of languages) {
        expect(term[lang].url).toBe(`${site}/${lang}/glossary/${term.id}/`);
        expect(termOnPage(term[lang].url)).toBe(term[lang].term);
        expect(loadPage(pathOf(term[lang].url)).querySelector('.term-definition')?.textContent).toBe(
          term[lang].definition,
        );
      }
    }
  });

  test('is rejected by its schema when a field is missing or wrong', () => {
    const broken = structuredClone(readJson('glossary.json')) as { terms: Array<Record<string, unknown>> };
    delete broken.terms[0]?.['number'];
    expect(glossaryDataSchema.safeParse(broken).success).toBe(false);
  });
});

const glossaryPages = languages.flatMap((lang) => [
  `/${lang}/glossary/`,
  ...['alk-fusion-gene', 'gsk3-inhibitor'].map((id) => `/${lang}/glossary/${id}/`),
]);

describe.each(glossaryPages)('JSON-LD of %s', (path) => {
  const document = loadPage(path);
  const lang = document.documentElement.getAttribute('lang');
  const scripts = [...document.querySelectorAll('script[type="application/ld+json"]')];
  const data = JSON.parse(scripts[0]?.textContent ?? 'null') as Record<string, unknown> & {
    hasDefinedTerm: Array<Record<string, unknown>>;
  };

  test("is one DefinedTermSet, the glossary, in the page's language", () => {
    expect(scripts).toHaveLength(1);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'DefinedTermSet',
      '@id': `${site}/${lang}/glossary/`,
      url: `${site}/${lang}/glossary/`,
      inLanguage: lang,
    });
    expect(data['name']).toBeTruthy();
  });

  test("defines the page's terms as DefinedTerms with the required fields", () => {
    const id = path.split('/')[3];
    expect(data.hasDefinedTerm.length).toBe(id ? 1 : 5);
    for (const term of data.hasDefinedTerm) {
      // The set carries the language: schema.org gives a DefinedTerm no inLanguage.
      expect(term).toMatchObject({ '@type': 'DefinedTerm', inDefinedTermSet: data['@id'] });
      expect(term['termCode']).toMatch(/^※[1-9]\d*$/);
      expect(term['identifier']).toMatch(/^[a-z0-9-]+$/);
      expect(term['url']).toBe(`${site}/${lang}/glossary/${String(term['identifier'])}/`);
      expect(term['@id']).toBe(term['url']);
      expect(termOnPage(String(term['url']))).toBe(term['name']);
      expect(String(term['description']).length).toBeGreaterThan(20);
    }
    if (id) expect(data.hasDefinedTerm[0]?.['identifier']).toBe(id);
  });
});

describe.each(languages.map((lang) => `/${lang}/glossary/gsk3-inhibitor/`))('oEmbed of %s', (path) => {
  const discovery = loadPage(path).querySelector('link[rel="alternate"][type="application/json+oembed"]');
  const href = discovery?.getAttribute('href') ?? '';

  test("is found through the page's discovery link", () => {
    expect(href).toBe(`${site}${path}oembed.json`);
    expect(discovery?.getAttribute('title')).toBe(termOnPage(`${site}${path}`));
  });

  test('is a rich response whose card quotes the term and links its page', () => {
    const response = readJson(pathOf(href)) as Record<string, unknown>;
    expect(response).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: termOnPage(`${site}${path}`),
      thumbnail_url: `${site}/og${path.replace(/\/$/, '')}.png`,
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
    expect([typeof response['provider_name'], response['provider_url']]).toEqual([
      'string',
      `${site}${path.slice(0, 4)}`,
    ]);
    expect(response['html']).toContain(`<a href="${site}${path}">`);
    expect(typeof response['width']).toBe('number');
    expect(typeof response['height']).toBe('number');
  });
});
