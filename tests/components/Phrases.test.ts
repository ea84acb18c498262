import { describe, expect, test } from 'vitest';
import Phrases from '../../src/components/site/Phrases.astro';
import type { Lang } from '../../src/site/languages';
import { render } from '../support/render';

const headline = 'ALK融合遺伝子陽性肺がんにおける薬剤耐性がん細胞の新たな治療標的候補を発見';

/**
 * What the component renders for a text, as the elements around its text (a span's class) and the
 * text with `|` for each `<wbr>`.
 */
async function rendered(text: string, lang: Lang, heading = false): Promise<{ wrapper: string; text: string }> {
  const body = await render(Phrases, { props: { text, lang, heading } });
  const span = body.querySelector('span');
  const nodes = [...(span ?? body).childNodes];
  return {
    wrapper: span ? `span.${span.className}` : 'none',
    text: nodes.map((node) => (node.nodeName === 'WBR' ? '|' : node.textContent)).join(''),
  };
}

describe('Phrases', () => {
  test('puts a <wbr> between the phrases of Japanese, in a span that keeps them whole, the text as written for copying and search engines', async () => {
    expect(await rendered(headline, 'ja')).toEqual({
      wrapper: 'span.phrases',
      text: 'ALK融合遺伝子陽性肺がんに|おける|薬剤耐性がん細胞の|新たな|治療標的候補を|発見',
    });
    expect((await render(Phrases, { props: { text: headline, lang: 'ja' } })).textContent).toBe(headline);
  });

  test('keeps a Japanese text of one phrase whole all the same', async () => {
    expect(await rendered('薬剤抵抗性残存細胞', 'ja')).toEqual({ wrapper: 'span.phrases', text: '薬剤抵抗性残存細胞' });
  });

  test('leaves out the span in a heading, which keeps Japanese whole by its own rule', async () => {
    expect(await rendered(headline, 'ja', true)).toEqual({
      wrapper: 'none',
      text: 'ALK融合遺伝子陽性肺がんに|おける|薬剤耐性がん細胞の|新たな|治療標的候補を|発見',
    });
  });

  test('escapes the text', async () => {
    const body = await render(Phrases, { props: { text: '<b>研究の概要</b>', lang: 'ja' } });
    expect([body.querySelector('b'), body.textContent]).toEqual([null, '<b>研究の概要</b>']);
  });

  test('renders English as it is, which breaks at its spaces', async () => {
    const body = await render(Phrases, { props: { text: 'Drug-tolerant persister cells & GSK3', lang: 'en' } });
    expect(body.innerHTML).toBe('Drug-tolerant persister cells &amp; GSK3');
  });
});
