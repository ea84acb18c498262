/** The schema of `/glossary.json`, the glossary for machines, and its version. */
import { z } from 'astro/zod';
import { idSchema } from '../content/schema';

/** Version of `/glossary.json`'s format; a change that breaks a consumer gets a new number. */
export const glossaryDataVersion = 1;

/** A value given once per language of the edition. */
const perLanguage = <T extends z.ZodType>(value: T) => z.strictObject({ ja: value, en: value });

/** A term in one language. */
const termInLanguage = z.strictObject({
  /** The term as the glossary heads it. */
  term: z.string().min(1),
  /** The definition, plain text. */
  definition: z.string().min(1),
  /** Absolute URL of the term's page in this language. */
  url: z.url(),
});

/** `/glossary.json`: the release's glossary for machines, in both languages. */
export const glossaryDataSchema = z.strictObject({
  /** Absolute URL of the JSON Schema of this format, `/glossary.schema.json`. */
  format: z.url(),
  /** The format's version: 1. */
  version: z.literal(glossaryDataVersion),
  /**
   * Optional (added within version 1): URL of the licence this site grants for its own part of the
   * file, CC BY 4.0: the ids, the English terms and definitions, the structure. The Japanese terms
   * and definitions are the release's own words, whose rights stay with its publisher.
   */
  license: z.url().optional(),
  /** The press release the terms come from. */
  release: z.strictObject({
    /** Its headline in each language. */
    title: perLanguage(z.string().min(1)),
    /** Its date, YYYY-MM-DD. */
    date: z.iso.date(),
    /** Who issued it. */
    publisher: z.string().min(1),
    /** Absolute URL of the release's page in each language. */
    url: perLanguage(z.url()),
  }),
  /** The terms in the release's order. */
  terms: z
    .array(
      z.strictObject({
        /** Stable id, shared by both languages; it never changes. */
        id: idSchema,
        /** The ※ number the release gives the term, from 1. */
        number: z.int().positive(),
        ja: termInLanguage,
        en: termInLanguage,
      }),
    )
    .min(1),
});

export type GlossaryData = z.output<typeof glossaryDataSchema>;
