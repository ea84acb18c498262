import { describe, expect, test, vi } from 'vitest';
import ParallelLink from '../../src/components/parallel/ParallelLink.astro';
import { render } from '../support/render';

// One section in each language: its heading, a paragraph and a list item.
vi.mock('astro:content', async () => {
  const actual = await vi.importActual<typeof import('astro:content')>('astro:content');
  const blocks = [
    { id: 'overview-1', element: 'p', text: '…' },
    { id: 'overview-2', element: 'li', text: '…' },
  ];
  const sections = [
    { id: 'ja/overview', collection: 'sections', data: { title: '研究の概要', order: 1, blocks, references: [] } },
    { id: 'en/overview', collection: 'sections', data: { title: 'Overview', order: 1, blocks, references: [] } },
  ];
  return { ...actual, getCollection: (_: string, filter: (entry: (typeof sections)[number]) => unknown = () => true) => Promise.resolve(sections.filter(filter)) };
});

/** The links a ParallelLink renders: class, href, name (its title: the link shows an icon) and place in the tab order. */
async function links(id: string, lang: 'ja' | 'en') {
  const body = await render(ParallelLink, { props: { id, lang } });
  return [...body.querySelectorAll('a')].map((a) => ({ class: a.className, href: a.getAttribute('href'), name: a.getAttribute('aria-label') ?? a.getAttribute('title'), tabindex: a.getAttribute('tabindex') }));
}

describe('ParallelLink', () => {
  test('links a block to its row in the parallel view, named by the place it leads to, in the block\'s language, for pointing devices only', async () => {
    expect(await links('overview-1', 'ja')).toEqual([
      { class: 'parallel-link print:hidden', href: '/ja/parallel/#overview-1', name: '研究の概要の第1段落を英語訳と並べて読む', tabindex: '-1' },
    ]);
    expect((await links('overview-2', 'en'))[0]?.name).toBe('Overview, point 1, side by side');
  });

  test('adds no text a reader would see in place of the icon', async () => {
    const body = await render(ParallelLink, { props: { id: 'overview-1', lang: 'en' } });
    expect(body.textContent.trim()).toBe('');
  });
});
