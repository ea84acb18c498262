import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { languages, type Lang } from '../../src/site/languages';
import { href, loadPage } from '../support/site';

/** The glossary as the content gives it, per language, in the release's order. */
function glossary(lang: Lang): Array<{ id: string; term: string; definition: string }> {
  const yaml = readFileSync(`content/${lang}/glossary.mdx`, 'utf8');
  return [...yaml.matchAll(/- id: (\S+)\n\s+term: (.+)\n\s+definition: "(.+)"/g)].map(
    ([, id = '', term = '', definition = '']) => ({ id, term, definition }),
  );
}

// The ids every term page keeps for good: tests/url-contract.txt. Its name in the other language:
// tests/pages/term-names.test.ts.
const pages = languages.flatMap((lang) =>
  glossary(lang).map((entry, index) => ({ lang, entry, n: index + 1, path: `/${lang}/glossary/${entry.id}/` })),
);

describe.each(pages)('$path', ({ lang, entry, n, path }) => {
  const document = loadPage(path);
  const main = document.querySelector('main');
  const article = loadPage(`/${lang}/`);

  test('heads the page with the term, and names its ※ number', () => {
    expect(main?.querySelector('h1')?.textContent.trim()).toBe(entry.term);
    expect(main?.querySelector('.term-kicker')?.textContent).toContain(`※${n}`);
    expect(document.title).toContain(entry.term);
  });

  test('gives the definition in full', () => {
    expect(main?.textContent).toContain(entry.definition);
  });

  test('quotes the sentence of the release that uses the term, linked to its place in the article', () => {
    const uses = [...(main?.querySelectorAll('.term-uses li') ?? [])];
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) {
      const link = use.querySelector('a')?.getAttribute('href') ?? '';
      expect(link.startsWith(`${href(`/${lang}/`)}#`), link).toBe(true);
      const block = article.getElementById(link.split('#')[1] ?? '');
      expect(block, link).not.toBeNull();
      const sentence = use.querySelector('blockquote')?.textContent.trim() ?? '';
      expect(sentence.length).toBeGreaterThan(10);
      expect(block?.textContent).toContain(sentence.slice(0, 20));
      expect(block?.querySelector(`a.term-ref[href="#${entry.id}"]`), 'the block carries the ※ marker').not.toBeNull();
    }
  });

  test('leads back to the entry in the glossary and to the article', () => {
    const hrefs = [...(main?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain(href(`/${lang}/glossary/#${entry.id}`));
    expect(hrefs).toContain(href(`/${lang}/`));
  });
});

describe.each(languages)('/%s/glossary/', (lang) => {
  const document = loadPage(`/${lang}/glossary/`);

  test('keeps an anchor per term, and links each term to its own page', () => {
    for (const { id } of glossary(lang)) {
      const entry = document.getElementById(id);
      expect(entry, id).not.toBeNull();
      expect(entry?.querySelector(`dt a[href="${href(`/${lang}/glossary/${id}/`)}"]`), id).not.toBeNull();
    }
  });
});
