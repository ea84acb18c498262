import { describe, expect, test } from 'vitest';
import ParallelLink from '../../src/components/ParallelLink.astro';
import { useTranslations } from '../../src/lib/i18n';
import { render } from '../support/render';

describe('ParallelLink', () => {
  test("links the block to its row in the parallel view, named in the block's language", async () => {
    const body = await render(ParallelLink, { props: { id: 'overview-1', lang: 'ja' } });
    const links = [...body.querySelectorAll('a')].map((a) => ({ class: a.className, href: a.getAttribute('href'), name: a.getAttribute('aria-label'), title: a.getAttribute('title') }));
    const label = useTranslations('ja')('parallel.toParallel');
    expect(links).toEqual([{ class: 'parallel-link print:hidden', href: '/ja/parallel/#overview-1', name: label, title: label }]);
  });

  test('adds no text a reader would see in place of the icon', async () => {
    const body = await render(ParallelLink, { props: { id: 'a', lang: 'en' } });
    expect(body.textContent?.trim()).toBe('');
  });
});
