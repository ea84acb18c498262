import { beforeAll, describe, expect, test } from 'vitest';
import { sharedTab } from '../support/browser';

const { tab, site } = sharedTab();
beforeAll(() => tab().setViewportSize({ width: 1280, height: 800 }));

/** A group as a reader pairs it: the Japanese sentences, then the English ones, each by its index in the block. */
type Group = [ja: number[], en: number[]];

/** The alignment of four blocks, read off the text by hand. */
const byHand: Array<[block: string, groups: Group[]]> = [
  // One Japanese sentence, translated as three.
  ['points-1', [[[0], [0, 1, 2]]]],
  // The screen and its result in one Japanese sentence, two English ones; then "さらに" / "Furthermore".
  [
    'study-2',
    [
      [[0], [0, 1]],
      [[1], [2]],
    ],
  ],
  // The screen and its result again, one sentence and two.
  ['study-3', [[[0], [0, 1]]]],
  // Eight sentences, each translated as one.
  ['overview-1', Array.from({ length: 8 }, (_, i): Group => [[i], [i]])],
];

/** Which sentences of a row are marked, by language: the indexes of those with a background. */
function marked(block: string): Promise<Group> {
  return tab().evaluate((id) => {
    const side = (lang: string) =>
      [...document.querySelectorAll(`#${lang}-${id} > span`)].flatMap((span, i) =>
        getComputedStyle(span).backgroundColor === 'rgba(0, 0, 0, 0)' ? [] : [i],
      );
    return [side('ja'), side('en')] as Group;
  }, block);
}

/** Points the mouse at the middle of a sentence's first line (a sentence's box may take in others' words). */
async function pointAt(block: string, lang: string, index: number): Promise<void> {
  const sentence = tab().locator(`#${lang}-${block} > span`).nth(index);
  await sentence.scrollIntoViewIfNeeded();
  const { x, y } = await sentence.evaluate((span) => {
    const [line] = span.getClientRects();
    return { x: line!.left + Math.min(line!.width / 2, 20), y: line!.top + line!.height / 2 };
  });
  await tab().mouse.move(x, y);
}

describe('/en/parallel/, pointing at a sentence', () => {
  beforeAll(async () => {
    await tab().emulateMedia({ media: 'screen', colorScheme: 'light' });
    await tab().goto(site().url('/en/parallel/'));
  });

  test.each(byHand)('in %s, marks exactly its group, in both languages', async (block, groups) => {
    expect(await tab().locator(`#ja-${block} > span`).count()).toBe(groups.flatMap(([ja]) => ja).length);
    expect(await tab().locator(`#en-${block} > span`).count()).toBe(groups.flatMap(([, en]) => en).length);
    for (const group of groups) {
      for (const [lang, indexes] of [
        ['ja', group[0]],
        ['en', group[1]],
      ] as const) {
        for (const index of indexes) {
          await pointAt(block, lang, index);
          expect(await marked(block), `${block}, ${lang} sentence ${index + 1}`).toEqual(group);
        }
      }
    }
    await tab().mouse.move(0, 0);
    expect(await marked(block)).toEqual([[], []]);
  });
});

describe('the mark', () => {
  /** The mark of the first sentence of study-2 while pointed at: colours and underline. */
  async function mark(colorScheme: 'light' | 'dark', media: 'screen' | 'print') {
    await tab().emulateMedia({ media: 'screen', colorScheme });
    await tab().goto(site().url('/en/parallel/'));
    await pointAt('study-2', 'en', 0);
    await tab().emulateMedia({ media, colorScheme });
    return tab()
      .locator('#en-study-2 > span')
      .first()
      .evaluate((span) => {
        const style = getComputedStyle(span);
        return { color: style.color, background: style.backgroundColor, underline: style.textDecorationLine };
      });
  }

  /** WCAG's contrast ratio of two `rgb()` colours. */
  function contrast(a: string, b: string): number {
    const luminance = (rgb: string) => {
      const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? [])
        .slice(0, 3)
        .map((v) => Number(v) / 255)
        .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (light! + 0.05) / (dark! + 0.05);
  }

  test.each(['light', 'dark'] as const)(
    "in the %s scheme keeps the text's contrast (4.5:1 at least), and underlines it, not colour alone",
    async (scheme) => {
      const { color, background, underline } = await mark(scheme, 'screen');
      expect(background).not.toBe('rgba(0, 0, 0, 0)');
      expect(contrast(color, background)).toBeGreaterThanOrEqual(4.5);
      expect(underline).toBe('underline');
    },
  );

  test('prints as nothing', async () => {
    expect(await mark('light', 'print')).toMatchObject({ background: 'rgba(0, 0, 0, 0)', underline: 'none' });
  });

  test('follows a tap too, which leaves no tab stop behind', async () => {
    await tab().emulateMedia({ media: 'screen', colorScheme: 'light' });
    await tab().goto(site().url('/en/parallel/'));
    await tab().locator('#ja-study-3 > span').first().click();
    await tab().mouse.move(0, 0);
    expect(await marked('study-3')).toEqual([[0], [0, 1]]);
    expect(await tab().locator('.pair [tabindex]:not([tabindex="-1"])').count()).toBe(0);
  });

  test('leaves the text that copies as it is in the edition', async () => {
    const copied = async (path: string, id: string) => {
      await tab().goto(site().url(path));
      return tab().evaluate((block) => {
        const selection = getSelection()!;
        selection.selectAllChildren(document.getElementById(block)!);
        return selection.toString();
      }, id);
    };
    for (const id of ['overview-1', 'study-2', 'points-1'])
      expect(await copied('/en/parallel/', `en-${id}`)).toBe(await copied('/en/', id));
  });
});
