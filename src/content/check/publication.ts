/**
 * Checks the sections of the publication (both editions) as a whole, on the content model: ids unique within a language
 * and shared by both, one glossary whose entries all have a term and a definition and are all
 * referenced, every `<Term>` resolvable and inside a block, the same references in the same blocks.
 */
import { at, where, type ContentProblem, type Location } from '../problem';
import type { Publication, LanguageContent } from '../model';
import type { SectionFile } from '../read/section-file';
import { checkStructure, compareStructure } from './structure';

/** The contacts' block that holds the institution's postal address (its id is a public anchor, kept for good). */
const addressBlock = 'contact-research-address';

/**
 * Checks every language on its own, then every translation against the original, so that a problem
 * of one file comes before the differences between languages that follow from it.
 * Expects files that were read without problems (see `sectionProblems`).
 * @returns The problems found, those of each language on its own first; empty when the content is sound.
 */
export function checkPublication(publication: Publication): ContentProblem[] {
  const [original, ...translations] = publication.languages;
  if (!original) return [];
  return [
    ...publication.languages.flatMap((content) => checkLanguage(content, publication)),
    ...translations.flatMap((translation) => checkParity(original, translation)),
  ];
}

/** An id the page will carry, and what declares it. */
interface Anchor extends Location {
  id: string;
  kind: 'section' | 'block' | 'glossary entry';
}

/** A `<Term>` reference, with the block it stands in (the section's id when it stands in none). */
interface Reference extends Location {
  term: string;
  block: string;
}

/**
 * Checks one language on its own: ids, the glossary, references. An entry referenced nowhere here
 * but somewhere in another language is left to `checkParity`, which names the block it is missing from.
 */
function checkLanguage(content: LanguageContent, publication: Publication): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (place: Location, message: string) => problems.push({ ...at(place.file, place.line), message });

  const seen = new Map<string, Anchor>();
  for (const anchor of content.sections.flatMap(anchorsOf)) {
    const first = seen.get(anchor.id);
    if (!first) seen.set(anchor.id, anchor);
    else
      report(
        anchor,
        `duplicate id "${anchor.id}": this ${anchor.kind} has the id of the ${first.kind} at ${where(first)}. Every id must be unique within a language.`,
      );
  }

  const glossaries = content.sections.filter((s) => s.entries.length);
  if (glossaries.length !== 1) {
    const files = glossaries.map((s) => s.file).join(', ') || 'none';
    report(
      { file: glossaries[1]?.file ?? content.sections[0]?.file ?? content.dir },
      `expected exactly one glossary section (a section with \`entries\` in its frontmatter), found ${glossaries.length}: ${files}.`,
    );
  }
  const entries = glossaries.flatMap((s) => s.entries);
  for (const entry of entries) {
    if (!entry.term.trim()) report(entry, `glossary entry "${entry.id}" has an empty term.`);
    if (!entry.definition.trim()) report(entry, `glossary entry "${entry.id}" has an empty definition.`);
  }

  const known = new Set(entries.map((entry) => entry.id));
  for (const ref of content.references) {
    const place = { file: ref.file, line: ref.position.start.line };
    if (!ref.term) report(place, '<Term> without an id: write <Term id="…" /> naming a glossary entry.');
    else if (!known.has(ref.term))
      report(
        place,
        `<Term id="${ref.term}" /> names no glossary entry. Known ids: ${[...known].join(', ') || 'none'}.`,
      );
    else if (!ref.block)
      report(
        place,
        `<Term id="${ref.term}" /> stands outside any block with an id; put it inside one, e.g. <p id="…">.`,
      );
  }

  const blocks = new Set(content.blocks.map((block) => block.id));
  const edition = content.edition;
  edition?.data?.corrections.forEach(({ where: id }, i) => {
    if (!blocks.has(id))
      report(
        { file: edition.path, line: edition.lineOf(['corrections', i, 'where']) },
        `correction ${i + 1} is "where": "${id}", which is no block of this language. Name the id of the paragraph or list item the corrected word is in.`,
      );
  });
  // The JSON-LD gives the address edition.yaml writes; readers see it in the contacts, which must agree.
  const contacts = content.blocks.find((block) => block.id === addressBlock);
  const address = edition?.data?.address;
  if (edition && address && contacts && !contacts.text.split('\n').some((line) => line.trim() === address))
    report(
      { file: edition.path, line: edition.lineOf(['address']) },
      `"address" is "${address}", which is no line of <address id="${addressBlock}"> in ${contacts.file}. Copy its line with the postal code.`,
    );

  problems.push(...checkStructure(content));
  const referenced = (language: LanguageContent, id: string) => language.references.some((ref) => ref.term === id);
  for (const entry of entries)
    if (!publication.languages.some((language) => referenced(language, entry.id)))
      report(
        entry,
        `glossary entry "${entry.id}" is referenced nowhere. Add <Term id="${entry.id}" /> where the release marks it, or remove the entry.`,
      );
  return problems;
}

/** Compares a translation with the original: the same sections, the same ids in the same order, the same references per block. */
function checkParity(original: LanguageContent, translation: LanguageContent): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const counterpart = (section: SectionFile, other: LanguageContent) =>
    other.sections.find((s) => s.section === section.section);
  for (const [content, other] of [
    [original, translation],
    [translation, original],
  ] as const) {
    for (const section of content.sections)
      if (!counterpart(section, other))
        problems.push({
          file: section.file,
          message: `section "${section.section}" has no counterpart in language "${other.lang}": add ${other.dir}/${section.section}.mdx.`,
        });
  }
  for (const a of original.sections) {
    const b = counterpart(a, translation);
    if (b)
      problems.push(
        ...compareIds(a, b),
        ...compareStructure(a, b),
        ...compareReferences(a, b, [original, translation]),
      );
  }
  return problems;
}

/** The ids of a section and its translation: each present in both, in the same order. */
function compareIds(a: SectionFile, b: SectionFile): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const [idsA, idsB] = [anchorsOf(a), anchorsOf(b)];
  for (const [ids, others, file] of [
    [idsA, idsB, b.file],
    [idsB, idsA, a.file],
  ] as const) {
    const present = new Set(others.map((x) => x.id));
    for (const x of ids)
      if (!present.has(x.id))
        problems.push({ file, message: `id "${x.id}" is missing here but present in ${where(x)}.` });
  }
  /** Ids also in `others`, each once (a duplicate is reported on its own). */
  const shared = (ids: Anchor[], others: Anchor[]) =>
    ids.filter((x, index) => others.some((y) => y.id === x.id) && ids.findIndex((y) => y.id === x.id) === index);
  const [orderA, orderB] = [shared(idsA, idsB), shared(idsB, idsA)];
  const i = orderB.findIndex((x, index) => x.id !== orderA[index]?.id);
  const [expected, found] = [orderA[i], orderB[i]];
  if (expected && found)
    problems.push({
      ...at(found.file, found.line),
      message: `ids are in a different order than in ${a.file}: "${found.id}" stands where "${expected.id}" does there (${where(expected)}).`,
    });
  return problems;
}

/**
 * The references of a section and its translation: in every block, the same terms in the same order.
 * References to no glossary entry are left out: `checkLanguage` reports them where they stand.
 */
function compareReferences(
  a: SectionFile,
  b: SectionFile,
  [original, translation]: [LanguageContent, LanguageContent],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const resolvable = (content: LanguageContent) => (ref: Reference) =>
    content.sections.some((s) => s.entries.some((entry) => entry.id === ref.term));
  const [refsA, refsB] = [
    referencesOf(a).filter(resolvable(original)),
    referencesOf(b).filter(resolvable(translation)),
  ];
  const inBoth = new Set(anchorsOf(a).map((x) => x.id)).intersection(new Set(anchorsOf(b).map((x) => x.id)));
  // A block missing from one language is reported by compareIds already.
  const blocks = new Set([...refsA, ...refsB].map((ref) => ref.block)).intersection(inBoth);
  for (const block of blocks) {
    const [inA, inB] = [refsA.filter((r) => r.block === block), refsB.filter((r) => r.block === block)];
    const missing = [...missingReferences(b, block, inA, inB), ...missingReferences(a, block, inB, inA)];
    const order = (refs: Reference[]) => refs.map((r) => r.term).join(', ');
    problems.push(...missing);
    if (!missing.length && order(inA) !== order(inB))
      problems.push({
        ...at(b.file, inB[0]?.line),
        message: `"${block}" references its terms in the order ${order(inB)}, but ${a.file} in the order ${order(inA)}.`,
      });
  }
  return problems;
}

/**
 * The references one language has in a block and the other lacks there.
 * @param section The section that lacks them.
 * @param block Id of the block.
 * @param present References in the block of the language that has them.
 * @param found References in the block of `section`.
 */
function missingReferences(
  section: SectionFile,
  block: string,
  present: Reference[],
  found: Reference[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const term of new Set(present.map((r) => r.term))) {
    const [first, ...more] = present.filter((r) => r.term === term);
    const count = found.filter((r) => r.term === term).length;
    if (!first || more.length + 1 <= count) continue;
    const times = more.length ? ` ${more.length + 1} times, here ${count}` : '';
    problems.push({
      ...at(section.file, section.blocks.find((b) => b.id === block)?.position.start.line),
      message: `<Term id="${term}" /> is missing from "${block}": ${where(first)} references it there${times}. Both languages mark the same terms in the same places.`,
    });
  }
  return problems;
}

/** Every id a section's page will carry, in reading order: the section, its blocks, its glossary entries. */
function anchorsOf(section: SectionFile): Anchor[] {
  return [
    { id: section.section, kind: 'section', file: section.file },
    ...section.blocks.map((block): Anchor => ({
      id: block.id,
      kind: 'block',
      file: section.file,
      line: block.position.start.line,
    })),
    ...section.entries.map((entry): Anchor => ({
      id: entry.id,
      kind: 'glossary entry',
      file: entry.file,
      line: entry.line,
    })),
  ];
}

/** A section's references, each with its block (the section's id when it stands in none). */
function referencesOf(section: SectionFile): Reference[] {
  return section.references.map((ref) => ({
    term: ref.term,
    block: ref.block ?? section.section,
    file: ref.file,
    line: ref.position.start.line,
  }));
}
