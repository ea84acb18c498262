/**
 * The schemas of the content: what authors write (frontmatter, `edition.yaml`, `paper.yaml`) and
 * what the sections' loader stores of each section from the content model. At a glance's and "What
 * this means"'s are in glance/schema.ts.
 */
import { z } from 'astro/zod';
// With its extension, so that `npm run pdf`, which Node runs without Vite, can read editions too.
import { isoDate } from '../site/i18n.ts';

/** Ids of sections, blocks and glossary terms: lowercase words joined by hyphens, readable in a URL forever. */
export const idSchema = z
  .string({ error: 'write an id: lowercase letters and digits joined by single hyphens, e.g. "alk-fusion-gene"' })
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'ids are lowercase letters and digits joined by single hyphens, e.g. "alk-fusion-gene"',
  );

/** One term of the release's glossary (用語解説). Its ※ number is its position in the list. */
export const glossaryEntrySchema = z.strictObject({
  /** Stable id shared by both languages; the term's URL is built from it. */
  id: idSchema,
  /** The term as the glossary heads it; never empty (checked with the edition, which names the entry's id and line). */
  term: z.string().trim(),
  /** The definition, plain text; never empty (checked with the edition, which names the entry's id and line). */
  definition: z.string().trim(),
});

const orderMessage = 'write a whole number from 1, its place among the sections, e.g. `order: 3`';

/** Frontmatter of one section file, `content/<lang>/<section>.mdx`. */
export const sectionSchema = z.strictObject({
  /** Heading of the section as readers see it. */
  title: z.string().trim().min(1, 'the title is empty'),
  /** Position in the article, 1 first; the same in every language. */
  order: z.number({ error: orderMessage }).int({ error: orderMessage }).positive({ error: orderMessage }),
  /** Id of the section this one is a subsection of (default: none, a top-level section). */
  parent: idSchema.optional(),
  /** Structured content the page renders after the body (default: none). */
  shows: z.enum(['citation', 'corrections']).optional(),
  /** The glossary's entries, in the release's order (only in the glossary section). */
  entries: z.array(glossaryEntrySchema).min(1).optional(),
  /** Addresses the body links to over plain `http:` on purpose, as they have no https (default: none). */
  httpLinks: z.array(z.url({ protocol: /^http$/, error: 'list only http:// addresses the body links to' })).optional(),
});

/**
 * An id the content model read and checked where the author wrote it, before anything is stored: a
 * plain string here, so that `astro dev`, reloading a file the model has just refused, reports it
 * once, at its line, and not again in the words of the stored data (`blocks.1.id`).
 */
const storedIdSchema = z.string();

/** A block of a section as the content model reads it: an HTML element with an id. */
const storedBlockSchema = z.strictObject({
  /** The element's id: its anchor in the article, shared by both languages. */
  id: storedIdSchema,
  /** The element's name: `p`, `li`, `h3`, `address`… */
  element: z.string().min(1),
  /** The text readers see, without markup: a glossary marker adds nothing, a `<br />` is a line break. */
  text: z.string(),
});

/** A `<Term id>` of a section as the content model reads it; the loader stores none outside a block. */
const storedReferenceSchema = z.strictObject({
  /** Id of the glossary entry it references. */
  term: storedIdSchema,
  /** Id of the innermost block it stands in. */
  block: storedIdSchema,
  /** Where its marker stands in the text of that block, in UTF-16 code units. */
  offset: z.number().int().nonnegative(),
  /** Line of the `<Term>` in its file. */
  line: z.number().int().positive(),
});

/** A glossary entry with the ※ number the content model gives it (`numberEntries`). */
const numberedEntrySchema = glossaryEntrySchema.extend({
  /** The ※ number readers see: the entry's position in the glossary, from 1. */
  number: z.number().int().positive(),
  /** The marker readers see for it, `※` and the number, as the language's dictionary writes it. */
  marker: z.string().min(1),
});

/**
 * One entry of the `sections` collection: the frontmatter, and what the content model read of the
 * body, so that pages read the model instead of parsing the MDX again.
 */
export const sectionEntrySchema = sectionSchema.extend({
  /** The glossary's entries, numbered, in the release's order (only in the glossary section). */
  entries: z.array(numberedEntrySchema).min(1).optional(),
  /** Path of the file relative to the project root, as the content model names it in problems. */
  file: z.string().min(1),
  /** Directory of the language's files relative to the project root: where a file the language lacks belongs. */
  dir: z.string().min(1),
  /** Every block with an id, in reading order. */
  blocks: z.array(storedBlockSchema),
  /** Every glossary reference, in reading order. */
  references: z.array(storedReferenceSchema),
});

/**
 * A day as YAML writes it, `2022-03-17`, that exists in the calendar: JavaScript's Date would roll
 * 2022-02-30 over to 2 March. Astro's YAML reader gives a Date (already rolled over, so the content
 * model, which reads the text, is what refuses it), the content model's a string.
 */
function dateSchema() {
  return z
    .preprocess(
      (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? isoDate(value) : value),
      z.iso.date({ error: 'write a day that exists, as YYYY-MM-DD, e.g. 2022-03-17' }),
    )
    .transform((day) => new Date(`${day}T00:00:00Z`));
}

/** Title block and page metadata of one language, `content/<lang>/edition.yaml`. */
export const editionSchema = z.strictObject({
  /** The release's headline. */
  headline: z.string().trim().min(1),
  /** The release date as the release writes it in this language. */
  dateline: z.string().trim().min(1),
  /** The release date, machine-readable. */
  date: dateSchema(),
  /** When this edition was last read against the release: readers see it, and the JSON-LD's `dateModified`. */
  reviewed: dateSchema(),
  /** The issuing institution as this language names it. */
  institution: z.string().trim().min(1),
  /** Its postal address, the JSON-LD's: the line of the contacts' research address that has the postal code. */
  address: z.string().trim().min(1),
  /** The description for search results and link previews, 50–200 characters. */
  description: z.string().trim().min(50).max(200),
  /** Typos of the source corrected in this edition (default: none). */
  corrections: z
    .array(z.strictObject({ source: z.string().min(1), corrected: z.string().min(1), where: idSchema }))
    .default([]),
});

/** The paper the release reports, `content/paper.yaml`; facts from public records. */
export const paperSchema = z.strictObject({
  title: z.string().trim().min(1),
  /** Each a person's given and family names, given first, as references split them. */
  authors: z
    .array(
      z
        .string()
        .trim()
        .regex(
          /\S\s+\S/,
          'write a given and a family name, given first ("Yuki Shimizu"), so that references can list it as "Shimizu Y"',
        ),
    )
    .min(1),
  journal: z.string().trim().min(1),
  publisher: z.string().trim().min(1),
  published: dateSchema(),
  /** The DOI alone; its URL is made from it. */
  doi: z
    .string()
    .regex(
      /^10\.\d{4,}\/\S+$/,
      'write the DOI alone, without "https://doi.org/" or "doi:", e.g. 10.1038/s41698-022-00260-0',
    ),
});

export type GlossaryEntry = z.output<typeof glossaryEntrySchema>;
export type SectionData = z.output<typeof sectionSchema>;
export type SectionEntryData = z.output<typeof sectionEntrySchema>;
export type NumberedGlossaryEntry = z.output<typeof numberedEntrySchema>;
export type EditionData = z.output<typeof editionSchema>;
export type PaperData = z.output<typeof paperSchema>;
