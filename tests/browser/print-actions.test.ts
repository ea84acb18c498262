import { describe, expect, test } from 'vitest';
import { useTranslations } from '../../src/site/i18n';
import { sharedTab } from '../support/browser';

const { site, browser } = sharedTab();

describe('the print button', () => {
  const t = useTranslations('en');

  test('opens the browser’s print dialog', async () => {
    const page = await browser().newPage();
    await page.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', '');
    });
    await page.goto(site().url('/en/'));
    await page.getByRole('button', { name: t('print.button') }).click();
    expect(await page.locator('html').getAttribute('data-printed')).toBe('');
    await page.close();
  });

  test('is hidden without JavaScript, which it needs; the PDF link stays', async () => {
    const context = await browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site().url('/en/'));
    expect(await page.locator('button[data-print]').isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: t('print.pdf') }).isVisible()).toBe(true);
    await context.close();
  });
});

describe('printing a page', () => {
  test.each(['/ja/', '/en/', '/en/glossary/'])(
    '%s prints black on white and without its chrome, even in dark mode',
    async (path) => {
      const page = await browser().newPage({ colorScheme: 'dark' });
      await page.goto(site().url(path));
      await page.emulateMedia({ media: 'print' });
      const colours = await page.evaluate(() => {
        const style = (selector: string) => getComputedStyle(document.querySelector(selector) ?? document.body);
        return { text: style('main p').color, paper: style('html').backgroundColor, link: style('main a').color };
      });
      expect(colours).toEqual({ text: 'rgb(0, 0, 0)', paper: 'rgb(255, 255, 255)', link: 'rgb(0, 0, 0)' });
      for (const chrome of ['.site-header', '.skip-link', '.toc', '.print-actions', '.term-card', '.backlinks a']) {
        for (const element of await page.locator(chrome).all()) expect(await element.isVisible(), chrome).toBe(false);
      }
      await page.close();
    },
  );
});
