import { describe, expect, test } from 'vitest';
import { meaningView } from '../../src/glance/meaning';
import type { MeaningData } from '../../src/glance/schema';

const part = (heading: string, statements: MeaningData['finding']['statements']) => ({ heading, statements });
const data: MeaningData = {
  title: 'What this means',
  labels: {
    'peer-reviewed': { label: 'Peer-reviewed', text: 'Yes, in {journal}', added: 'journal-record' },
    'study-type': { label: 'Type of study', text: 'Laboratory', restates: 'overview-2', quote: 'q' },
    subjects: { label: 'In', text: 'Cells', restates: 'study-1', quote: 'q' },
  },
  finding: part('Found', [
    { text: 'One.', restates: 'overview-2', quote: 'q' },
    { text: 'Two.', restates: 'overview-2', quote: 'q' },
  ]),
  'not-shown': part('Not shown', [{ text: 'Three.', restates: 'study-4', quote: 'q' }]),
  now: {
    ...part('Now', [{ text: 'Ask.', added: 'this-site' }]),
    links: [{ text: 'Registry', href: 'https://registry.example/', added: 'trial-registries' }],
  },
  current: { heading: 'Current', text: 'Of {released}; reviewed {reviewed}.', added: 'this-site' },
};
const values = { journal: 'npj Precision Oncology', released: '17 March 2022', reviewed: '6 December 2026' };

describe('meaningView', () => {
  test('links each block it restates once, after the last statement that restates it', () => {
    const view = meaningView(data, values);
    const sources = [...view.labels, ...view.parts.flatMap((p) => p.statements)].map((s) => [s.text, s.source]);
    expect(sources).toEqual([
      ['Yes, in npj Precision Oncology', undefined],
      ['Laboratory', undefined],
      ['Cells', 'study-1'],
      ['One.', undefined],
      ['Two.', 'overview-2'],
      ['Three.', 'study-4'],
      ['Ask.', undefined],
    ]);
  });

  test('fills the journal and both dates in', () => {
    expect(meaningView(data, values).current.text).toBe('Of 17 March 2022; reviewed 6 December 2026.');
  });
});
