import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { sentenceAt, termUses } from '../../src/lib/term-uses';

const source = (lang: string, section: string) => ({ id: section, body: readFileSync(`content/${lang}/${section}.mdx`, 'utf8') });

describe('sentenceAt', () => {
  const place = /<Term id="x" \/>/;

  test('returns the English sentence around the marked place, without tags or the marker', () => {
    expect(sentenceAt('<b>One.</b> Two cells<Term id="x" /> grow. Three.', place, 'en')).toBe('Two cells grow.');
  });

  test('splits Japanese at 。', () => {
    expect(sentenceAt('一つ目です。二つ目<Term id="x" />です。三つ目。', place, 'ja')).toBe('二つ目です。');
  });

  test('returns undefined when the place is not in the markup', () => {
    expect(sentenceAt('No term here.', place, 'en')).toBeUndefined();
  });
});

describe('termUses', () => {
  test('finds the release\'s sentence for a term in each language, with its block and section', () => {
    expect(termUses([source('ja', 'points'), source('ja', 'overview')], 'gsk3-inhibitor', 'ja')).toEqual([
      {
        block: 'overview-2',
        section: 'overview',
        sentence: 'がん研究会の片山量平（がん研究会 がん化学療法センター 基礎研究部 部長）、清水裕貴（同研究部所属、東京大学大学院新領域創成科学研究科博士課程 大学院生）らの研究グループは、実験的に樹立したロルラチニブ抵抗性残存細胞が、GSK3阻害剤に対して高い薬剤感受性を示すことを見出しました。',
      },
    ]);
    const [use] = termUses([source('en', 'overview')], 'alk-fusion-gene', 'en');
    expect(use?.sentence).toBe('In 3–5% of Japanese patients with lung adenocarcinoma, an ALK fusion gene is found to be the gene causing the cancer.');
  });

  test('names the file and line of a term outside any block', () => {
    expect(() => termUses([{ id: 'notes', body: 'Text\n<Term id="x" />' }], 'x', 'en')).toThrow('content/en/notes.mdx:2');
  });
});
