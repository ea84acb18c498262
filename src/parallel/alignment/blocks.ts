/**
 * The alignment of every pair of blocks of the publication, sentence by sentence: for each block
 * (paragraph, list item, heading, address) and each glossary definition, its sentences in both
 * languages and the groups that pair them. Computed by length and anchors (`align`), unless
 * `alignment.yaml` gives the groups, which must then cover the block's sentences exactly.
 */
import { at, where, type ContentProblem, type Location } from '../../content/problem';
import type { LanguageContent, Publication } from '../../content/model';
import { anchorsOf } from './anchors';
import { align, markedGroups, type Group } from './align';
import type { AuthoredAlignment } from './authored';
import { sentenceSpans } from './sentences';

/** A unit both languages have, cut into sentences in each. */
interface Unit extends Location {
  id: string;
  sentences: string[];
  /** For each sentence, the glossary terms it marks. */
  terms: string[][];
}

export interface BlockAlignment {
  id: string;
  /** The groups, in order: sentences of the original, then of the translation. */
  groups: Group[];
  /** Whether `alignment.yaml` gave the groups, rather than the computation. */
  authored: boolean;
  /** Each language's sentences, the original first. */
  sentences: [string[], string[]];
}

/**
 * Every block's alignment, and what keeps one from holding: a block that does not pair one to one
 * and has no written groups (the message proposes the computed ones); written groups that no longer
 * hold the block's sentences (an edit added or removed a sentence's end); an entry that names no
 * block; more groups than the stylesheet marks.
 * Expects sections without problems, both languages holding the same blocks (`checkPublication`).
 * @param publication The content model; the original and one translation.
 * @param authored The authored alignments, read from `alignment.yaml`.
 */
export function alignPublication(
  publication: Publication,
  authored: AuthoredAlignment,
): { alignments: BlockAlignment[]; problems: ContentProblem[] } {
  const [original, translation] = publication.languages;
  if (!original || !translation) return { alignments: [], problems: [] };
  const theirs = new Map(unitsOf(translation).map((unit) => [unit.id, unit]));
  const problems: ContentProblem[] = [];
  const alignments: BlockAlignment[] = [];
  for (const mine of unitsOf(original)) {
    const other = theirs.get(mine.id);
    if (!other) continue;
    const entry = authored.entries.get(mine.id);
    const counts = [mine.sentences.length, other.sentences.length] as const;
    if (entry) {
      const held = ([0, 1] as const).map((side) => entry.groups.reduce((sum, group) => sum + group[side], 0));
      if (held[0] !== counts[0] || held[1] !== counts[1]) {
        const changed = held[0] !== counts[0] ? mine : other;
        problems.push({
          ...at(changed.file, changed.line),
          message:
            `the sentences of "${mine.id}" no longer match its alignment in ${where(at(authored.file, entry.line))}: its groups hold ${held[0]} ${original.lang} and ${held[1]} ${translation.lang} sentences, the block has ${counts[0]} and ${counts[1]} (${numbered(original.lang, mine.sentences)}; ${numbered(translation.lang, other.sentences)}). ` +
            `Write the groups again for the sentences as they are now, or remove the entry to let the build align the block by length.`,
        });
        continue;
      }
    }
    const groups = entry?.groups ?? align(weigh(mine, other), weigh(other, mine));
    if (!entry && groups.some(([a, b]) => a !== 1 || b !== 1)) {
      // Only a one-to-one block goes unreviewed: any other pairing is a proposal an editor confirms.
      const place = counts[1] > counts[0] ? other : mine;
      const written = `${mine.id}: [${groups.map(([a, b]) => `${a}:${b}`).join(', ')}]`;
      problems.push({
        ...at(place.file, place.line),
        message:
          `the sentences of "${mine.id}" do not pair one to one (${numbered(original.lang, mine.sentences)}; ${numbered(translation.lang, other.sentences)}). ` +
          `By length and anchors they pair as ${groups.map(([a, b]) => `${a}:${b}`).join(', ')}: check that, and write \`${written}\` (corrected if need be) in ${authored.file}.`,
      });
      continue;
    }
    if (groups.length > markedGroups) {
      problems.push({
        ...at(mine.file, mine.line),
        message: `"${mine.id}" has ${groups.length} groups of sentences; the parallel view marks at most ${markedGroups}. Split the block, or add rules to src/styles/parallel-sentences.css and raise \`markedGroups\`.`,
      });
      continue;
    }
    alignments.push({
      id: mine.id,
      groups: [...groups],
      authored: Boolean(entry),
      sentences: [mine.sentences, other.sentences],
    });
  }
  for (const [id, entry] of authored.entries) {
    if (!theirs.has(id))
      problems.push({
        ...at(authored.file, entry.line),
        message: `"${id}" names no block or glossary entry. Correct the id, or remove the entry.`,
      });
  }
  return { alignments, problems };
}

/** The sentences of a block, numbered for a message: `en: 1 "A." 2 "B."`. */
function numbered(lang: string, sentences: readonly string[]): string {
  return `${lang}: ${sentences.map((s, i) => `${i + 1} "${s.trim()}"`).join(' ')}`;
}

/** Each sentence of a unit with its length and the anchors it shares with the other language's unit. */
function weigh(unit: Unit, other: Unit) {
  const anchors = anchorsOf(unit.sentences, other.sentences.join(' '), unit.terms);
  return unit.sentences.map((sentence, i) => ({
    length: sentence.replace(/\s/g, '').length,
    anchors: anchors[i] ?? [],
  }));
}

/** The units of one language: every block that stands in no other block, and every glossary definition. */
export function unitsOf(content: LanguageContent): Unit[] {
  const inside = (b: LanguageContent['blocks'][number]) =>
    content.blocks.some(
      (o) =>
        o !== b &&
        o.file === b.file &&
        o.position.start.offset <= b.position.start.offset &&
        b.position.end.offset <= o.position.end.offset,
    );
  const blocks = content.blocks.filter((b) => !inside(b));
  return [
    ...blocks.map((block): Unit => {
      const spans = sentenceSpans(block.text, content.lang);
      const marks = content.references.filter((r) => r.block === block.id && r.file === block.file);
      // A marker at a sentence's end belongs to the sentence before it, as the MDX compile puts it.
      const sentenceOf = (offset: number) =>
        Math.max(
          0,
          spans.findLastIndex((span) => span.start < offset),
        );
      const terms = spans.map((_, i) => marks.filter((r) => sentenceOf(r.textOffset ?? 0) === i).map((r) => r.term));
      return {
        id: block.id,
        ...at(block.file, block.position.start.line),
        sentences: spans.map(({ start, end }) => block.text.slice(start, end)),
        terms,
      };
    }),
    ...content.glossary.map((entry): Unit => {
      const sentences = sentenceSpans(entry.definition, content.lang).map(({ start, end }) =>
        entry.definition.slice(start, end),
      );
      return { id: entry.id, ...at(entry.file, entry.line), sentences, terms: sentences.map(() => []) };
    }),
  ];
}
