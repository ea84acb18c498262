import { describe, expect, test } from 'vitest';
import JsonLd from '../../src/components/site/JsonLd.astro';
import { render } from '../support/render';

describe('JsonLd', () => {
  test('publishes the data as one application/ld+json script, which parses back to the same data', async () => {
    const data = {
      '@context': 'https://schema.org',
      '@type': 'DefinedTermSet',
      name: '用語解説',
      hasDefinedTerm: [{ '@type': 'DefinedTerm', name: 'GSK3 inhibitor' }],
    };
    const body = await render(JsonLd, { props: { data } });
    const scripts = [...body.querySelectorAll('script')];
    expect(scripts.map((s) => s.getAttribute('type'))).toEqual(['application/ld+json']);
    expect(JSON.parse(scripts[0]?.textContent ?? '')).toEqual(data);
  });

  test('keeps text that looks like markup inside the script, so it cannot end it or inject HTML', async () => {
    const data = { name: '</script><script>alert(1)</script>', description: '<!-- A & B -->' };
    const body = await render(JsonLd, { props: { data } });
    expect(body.querySelectorAll('script')).toHaveLength(1);
    expect(JSON.parse(body.querySelector('script')?.textContent ?? '')).toEqual(data);
  });
});
