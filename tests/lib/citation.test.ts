import { Cite } from '@citation-js/core';
import { describe, expect, test } from 'vitest';
import { citationFiles, dateParts, paperItem, personName, vancouver } from '../../src/metadata/citation';
import type { PaperData } from '../../src/content/schema';

/** A paper with a title longer than a RIS line as citation-js would break it (70 characters). */
const paper: PaperData = {
  title: 'A title of more than seventy characters, about ALK-positive lung cancer and its persister cells',
  authors: [
    'Hanako Yamada',
    'Taro Suzuki',
    'Jiro Sato',
    'Saburo Tanaka',
    'Shiro Ito',
    'Goro Watanabe',
    'Rokuro Nakamura',
  ],
  journal: 'Journal of Tests',
  publisher: 'Test Press',
  published: new Date('2021-11-05'),
  doi: '10.1234/example-5678',
};

describe('personName', () => {
  test.each([
    ['Yuki Shimizu', { family: 'Shimizu', given: 'Yuki' }],
    // The family name is the last word; the rest is given.
    ['Mary Ann Smith', { family: 'Smith', given: 'Mary Ann' }],
  ])('splits %s', (name, expected) => {
    expect(personName(name, 'content/paper.yaml: authors[0]')).toEqual(expected);
  });

  test('names the file and field of a name it cannot split', () => {
    expect(() => personName('Plato', 'content/paper.yaml: authors[3]')).toThrow(
      /^content\/paper\.yaml: authors\[3\]: "Plato" needs a given and a family name/,
    );
  });
});

describe('paperItem', () => {
  test('keys the item by first author and year, short enough for RIS', () => {
    expect(paperItem(paper)).toMatchObject({
      id: 'Yamada2021',
      'citation-key': 'Yamada2021',
      DOI: paper.doi,
      URL: 'https://doi.org/10.1234/example-5678',
      issued: dateParts(paper.published),
    });
  });

  test('names the author whose name it cannot split', () => {
    expect(() => paperItem({ ...paper, authors: ['Hanako Yamada', 'Plato'] })).toThrow(/authors\[1\]/);
  });
});

describe('citationFiles', () => {
  const files = Object.fromEntries(citationFiles(paper).map((file) => [file.kind, file]));

  test.each([
    ['bibtex', '@bibtex/text'],
    ['ris', '@ris/file'],
    ['csl', '@csl/list+object'],
  ])('%s reads back with citation-js as the same paper', async (kind, forceType) => {
    const text = files[kind]?.text ?? '';
    const [item] = (await Cite.async(kind === 'csl' ? JSON.parse(text) : text, { forceType })).data;
    expect(item).toMatchObject({ title: paper.title, 'container-title': paper.journal, DOI: paper.doi });
    expect(item?.['author']).toEqual(paper.authors.map((name) => personName(name, '')));
    expect((item?.['issued'] as { 'date-parts': number[][] })['date-parts'][0]?.[0]).toBe(2021);
  });

  test('writes every RIS field on one line, whatever its length', () => {
    const lines = files['ris']?.text.split('\n') ?? [];
    expect(lines).toContain(`TI  - ${paper.title}`);
    expect(lines.filter(Boolean).every((line) => /^[A-Z][A-Z0-9] {2}- /.test(line) || line === 'ER  - ')).toBe(true);
  });
});

describe('vancouver', () => {
  test('lists six authors then “et al.”, as the style does, with the journal, date and DOI', () => {
    expect(vancouver(paperItem(paper))).toBe(
      'Yamada H, Suzuki T, Sato J, Tanaka S, Ito S, Watanabe G, et al. A title of more than seventy characters, about ALK-positive lung cancer and its persister cells. Journal of Tests. 2021 Nov 5. doi:10.1234/example-5678',
    );
  });
});
