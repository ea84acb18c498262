import { describe, expect, test } from 'vitest';
import SiteIcons from '../../src/components/site/SiteIcons.astro';
import { href, render } from '../support/render';

/** The links a rendered `<SiteIcons>` puts in a head: rel, href and the attributes that choose among them. */
async function links(props: Record<string, unknown>) {
  const body = await render(SiteIcons, { props });
  return [...body.querySelectorAll('link')].map((link) => ({ rel: link.getAttribute('rel'), href: link.getAttribute('href'), sizes: link.getAttribute('sizes'), type: link.getAttribute('type') }));
}

describe('SiteIcons', () => {
  test("links the tab icons, Apple's home screen icon and the page's language's web app manifest", async () => {
    expect(await links({ lang: 'en' })).toEqual([
      { rel: 'icon', href: href('/favicon.ico'), sizes: '32x32', type: null },
      { rel: 'icon', href: href('/favicon.svg'), sizes: null, type: 'image/svg+xml' },
      { rel: 'apple-touch-icon', href: href('/apple-touch-icon.png'), sizes: null, type: null },
      { rel: 'manifest', href: href('/en/manifest.webmanifest'), sizes: null, type: null },
    ]);
  });

  test('links no manifest on a page in both languages, as each manifest opens one', async () => {
    expect((await links({})).map((link) => link.rel)).toEqual(['icon', 'icon', 'apple-touch-icon']);
  });
});
