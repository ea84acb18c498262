import { describe, expect, test } from 'vitest';
import { characterProblems, codePoint } from '../../src/content/check/text';

describe('characterProblems', () => {
  // A character not in NFC, and the one to write instead: tests/content/bad-content.test.ts.
  test('finds nothing in text a keyboard writes: tabs, line breaks, ideographic spaces, a byte order mark at the start, a variation selector', () => {
    expect(characterProblems('a.mdx', '\ufefftitle:\tA\r\n見出し\u3000です。\n葛\u{e0100}城\n')).toEqual([]);
  });

  test('names each invisible character at its line and column, with the words before it', () => {
    expect(characterProblems('a.yaml', 'id: a\nquote: A long enough quote\u200d\u0007\n')).toEqual([
      {
        file: 'a.yaml',
        line: 2,
        column: 27,
        message:
          'an invisible character, U+200D ZERO WIDTH JOINER, after "ough quote". Delete it: it makes ids and quotes differ where they look the same.',
      },
      {
        file: 'a.yaml',
        line: 2,
        column: 28,
        message:
          'an invisible character, U+0007, after "ugh quote\u200d". Delete it: it makes ids and quotes differ where they look the same.',
      },
    ]);
  });

  test('names a ※ typed by hand, in any file: a glossary definition, a label at a glance', () => {
    expect(
      characterProblems('a.yaml', 'definition: 遺伝子（※２参照）\nlabel: ※ 3\n').map(
        (p) => `${p.line}:${p.column} ${p.message.slice(0, p.message.indexOf(':'))}`,
      ),
    ).toEqual(['1:17 a hand-typed marker "※２"', '2:8 a hand-typed marker "※ 3"']);
  });
});

describe('codePoint', () => {
  test('writes a character as U+ and its name, when it has one here', () => {
    expect([codePoint('\u200b'), codePoint('\u2061')]).toEqual(['U+200B ZERO WIDTH SPACE', 'U+2061']);
  });
});
