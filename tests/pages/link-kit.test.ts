import { describe, expect, test } from 'vitest';
import { useTranslations } from '../../src/site/i18n';
import { languages } from '../../src/site/languages';
import { embedScriptPath } from '../../src/site/urls';
import { sharedTab } from '../support/browser';
import { absolute, builtGlossary, href, loadPage } from '../support/site';

const termPages = languages.flatMap((lang) =>
  builtGlossary().terms.map((entry) => ({ lang, id: entry.id, ...entry[lang] })),
);

describe.each(termPages)('/$lang/glossary/$id/', ({ lang, id, term, url }) => {
  const t = useTranslations(lang);
  const document = loadPage(`/${lang}/glossary/${id}/`);
  const kit = document.querySelector('section.link-kit');

  test('offers ready-to-copy HTML, Markdown and the card script, under captions, in a section named by its heading', () => {
    const heading = document.getElementById(kit?.getAttribute('aria-labelledby') ?? '');
    expect([heading?.localName, heading?.textContent]).toEqual(['h2', t('linkKit.title')]);
    const figures = [...(kit?.querySelectorAll('figure') ?? [])];
    expect(
      figures.map((f) => [f.id, f.querySelector('figcaption')?.textContent, f.querySelector('pre code')?.textContent]),
    ).toEqual([
      ['link-kit-html', t('linkKit.html'), `<a href="${url}" lang="${lang}">${term}</a>`],
      ['link-kit-markdown', t('linkKit.markdown'), `[${term}](${url})`],
      ['link-kit-embed', t('linkKit.embed'), `<script src="${absolute(`/${embedScriptPath}`)}" defer></script>`],
    ]);
  });

  test('leads site owners to the embed demo', () => {
    expect(kit?.querySelector(`section > p > a[href="${href(`/${lang}/embed/`)}"]`)?.textContent).toBe(
      t('linkKit.demo'),
    );
  });
});

describe('in Chromium', () => {
  const { site, browser } = sharedTab();

  test('a copy button, reached by keyboard, puts the snippet on the clipboard and says so', async () => {
    const context = await browser().newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site().origin });
    const page = await context.newPage();
    await page.goto(site().url('/en/glossary/gsk3-inhibitor/'));
    const figure = page.locator('#link-kit-markdown');
    const button = figure.getByRole('button', { name: 'Copy' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => figure.getByRole('status').textContent()).toBe('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await figure.locator('code').textContent());
    await context.close();
  });

  test('without JavaScript, no copy button shows', async () => {
    const page = await browser().newPage({ javaScriptEnabled: false });
    await page.goto(site().url('/ja/glossary/alk-inhibitor/'));
    expect(await page.locator('.link-kit button').first().isVisible()).toBe(false);
    expect(await page.locator('#link-kit-html code').isVisible()).toBe(true);
    await page.close();
  });
});
