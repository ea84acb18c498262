// LinkKit: a term page's section of ready-to-copy code (HTML link, Markdown link, card script), each under its caption, and a link to the embed demo.
import { describe, expect, test } from 'vitest';
import LinkKit from '../../src/components/embed/LinkKit.astro';
import { useTranslations } from '../../src/site/i18n';
import { languages } from '../../src/site/languages';
import { absolute, href, render } from '../support/render';

/** The term each language's kit is rendered for: the glossary's GSK3 inhibitor. */
const terms = { ja: 'GSK3阻害剤', en: 'GSK3 inhibitor' };

describe.each(languages)('LinkKit in %s', (lang) => {
  const t = useTranslations(lang);
  const props = { lang, id: 'gsk3-inhibitor', term: terms[lang] };

  test('is a section named by its heading', async () => {
    const body = await render(LinkKit, { props });
    const heading = body.querySelector(`#${body.querySelector('section')?.getAttribute('aria-labelledby')}`);
    expect([heading?.localName, heading?.textContent]).toEqual(['h2', t('linkKit.title')]);
  });

  test('gives the HTML link, the Markdown link and the card script, with absolute URLs, each under its caption', async () => {
    const body = await render(LinkKit, { props });
    const url = absolute(`/${lang}/glossary/gsk3-inhibitor/`);
    expect([...body.querySelectorAll('figure')].map((f) => [f.id, f.querySelector('figcaption')?.textContent, f.querySelector('pre code')?.textContent])).toEqual([
      ['link-kit-html', t('linkKit.html'), `<a href="${url}" lang="${lang}">${terms[lang]}</a>`],
      ['link-kit-markdown', t('linkKit.markdown'), `[${terms[lang]}](${url})`],
      ['link-kit-embed', t('linkKit.embed'), `<script src="${absolute('/embed/v1/glossary-card.js')}" defer></script>`],
    ]);
  });

  test('leads site owners to the embed demo in the same language', async () => {
    const body = await render(LinkKit, { props });
    const demo = body.querySelector(`section > p > a[href="${href(`/${lang}/embed/`)}"]`);
    expect(demo?.textContent).toBe(t('linkKit.demo'));
  });
});
