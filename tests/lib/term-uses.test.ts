import { describe, expect, test } from 'vitest';
import { languages } from '../../src/site/languages';
import { sentenceAt, termUses } from '../../src/glossary/term-uses';
import { sectionFields } from '../../src/content/loaders/sections';
import { editionWith } from '../support/edition';

const edition = editionWith({}, languages, 'content');

/** The sections of a language as the loader stores them, those named only, in reading order. */
const stored = (lang: string, ...names: string[]) => {
  const content = edition.languages.find((l) => l.lang === lang);
  if (!content) throw new Error(`No language "${lang}".`);
  return content.sections
    .filter((s) => names.includes(s.section))
    .map((s) => ({ id: s.section, ...sectionFields(content, s) }));
};

describe('sentenceAt', () => {
  test('returns the English sentence around the place, whitespace folded', () => {
    expect(sentenceAt('One. Two cells\n  grow. Three.', 14, 'en')).toBe('Two cells grow.');
  });

  test('splits Japanese at 。', () => {
    expect(sentenceAt('一つ目です。二つ目です。三つ目。', 9, 'ja')).toBe('二つ目です。');
  });

  test('returns undefined for a place outside the text', () => {
    expect(sentenceAt('No term here.', 20, 'en')).toBeUndefined();
  });
});

describe('termUses', () => {
  test("finds the release's sentence for a term in each language, with its block and section", () => {
    expect(termUses(stored('ja', 'points', 'overview'), 'gsk3-inhibitor', 'ja')).toEqual([
      {
        block: 'overview-2',
        section: 'overview',
        sentence:
          'がん研究会の片山量平（がん研究会 がん化学療法センター 基礎研究部 部長）、清水裕貴（同研究部所属、東京大学大学院新領域創成科学研究科博士課程 大学院生）らの研究グループは、実験的に樹立したロルラチニブ抵抗性残存細胞が、GSK3阻害剤に対して高い薬剤感受性を示すことを見出しました。',
      },
    ]);
    const [use] = termUses(stored('en', 'overview'), 'alk-fusion-gene', 'en');
    expect(use?.sentence).toBe(
      'In 3–5% of Japanese patients with lung adenocarcinoma, an ALK fusion gene is identified as the driver of the cancer.',
    );
  });

  test('names the file and line of a reference whose block holds no sentence there', () => {
    const section = {
      id: 'notes',
      file: 'elsewhere/en/notes.mdx',
      blocks: [{ id: 'notes-1', text: '' }],
      references: [{ term: 'x', block: 'notes-1', offset: 3, line: 7 }],
    };
    expect(() => termUses([section], 'x', 'en')).toThrow(
      'elsewhere/en/notes.mdx:7: no sentence around <Term id="x" /> in block "notes-1".',
    );
  });
});
