import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readAuthored } from '../../../src/parallel/alignment/authored';
import { alignmentReport } from '../../../src/parallel/alignment/report';
import { languages } from '../../../src/site/languages';
import { editionWith } from '../../support/edition';

const publication = editionWith({}, languages, 'content');
const authored = { text: readFileSync('content/alignment.yaml', 'utf8'), file: 'content/alignment.yaml' };

describe('the alignment of the edition', () => {
  const { report, alignments } = alignmentReport(publication, authored);

  test('holds: every authored entry matches its block, every other block pairs one to one', () => {
    expect(report).toBeUndefined();
  });

  test('covers every block and glossary definition of both languages, each sentence in exactly one group, in order', () => {
    for (const content of publication.languages) {
      expect(alignments.map((a) => a.id).sort()).toEqual(
        [...content.blocks.map((b) => b.id), ...content.glossary.map((e) => e.id)].sort(),
      );
      // The sentences, end to end, are the block's whole text.
      const side = content === publication.languages[0] ? 0 : 1;
      const texts = new Map([
        ...content.blocks.map((b) => [b.id, b.text] as const),
        ...content.glossary.map((e) => [e.id, e.definition] as const),
      ]);
      for (const a of alignments) expect(a.sentences[side].join(''), a.id).toBe(texts.get(a.id));
    }
    for (const { id, groups, sentences } of alignments) {
      const held = [0, 1].map((side) => groups.reduce((sum, group) => sum + group[side]!, 0));
      expect(held, id).toEqual(sentences.map((s) => s.length));
      expect(
        groups.every(([a, b]) => a + b > 0),
        id,
      ).toBe(true);
    }
  });

  test('gives the groups alignment.yaml writes to the blocks that do not pair one to one', () => {
    const byId = new Map(alignments.map((a) => [a.id, a]));
    expect(byId.get('points-1')).toMatchObject({ groups: [[1, 3]], authored: true });
    expect(byId.get('study-2')).toMatchObject({
      groups: [
        [1, 2],
        [1, 1],
      ],
      authored: true,
    });
    expect(byId.get('overview-1')).toMatchObject({ groups: Array(8).fill([1, 1]), authored: false });
  });
});

describe('readAuthored', () => {
  // A block that pairs one to one needs no entry; one that does not stops the load, proposing its
  // groups; an entry that names no block stops it too: tests/content/bad-alignment.test.ts.
  test('reads groups written as two counts and a colon, and refuses one that holds no sentence, at its line', () => {
    expect(readAuthored('a-1: [1:2, 0:1]\n', 'c/alignment.yaml').alignment.entries.get('a-1')).toEqual({
      line: 1,
      groups: [
        [1, 2],
        [0, 1],
      ],
    });
    const { problems } = readAuthored('a-1: [1:1]\na-2: [0:0]\n', 'c/alignment.yaml');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'c/alignment.yaml', line: 2 });
    expect(problems[0]?.message).toContain('a group holds at least one sentence');
  });
});
