/** The schemas of at a glance (`at-a-glance.yaml`) and of "What this means" (`what-this-means.yaml`). */
import { z } from 'astro/zod';
import { idSchema } from '../content/schema';
import { glancePanelIds } from './layout';

/** Where an item at a glance comes from: the block it restates and the words of that block it rests on. */
const tracedFields = {
  /** Id of the paragraph or list item the item restates, e.g. `overview-1`. */
  restates: idSchema,
  /** Words of that block, exactly as written there; every number the item shows must be in them. */
  quote: z.string().trim().min(1),
};

/** Lines of a label in the drawing, one to three: SVG text does not wrap, so authors choose the breaks. */
const labelLines = z.array(z.string().trim().min(1)).min(1).max(3);

/** One entry of the drawing's key: what a shape of cell stands for. */
const legendItemSchema = z.strictObject({ label: z.string().trim().min(1), ...tracedFields });

/** At a glance, the drawing and the key numbers, of one language: `content/<lang>/at-a-glance.yaml`. */
export const glanceSchema = z.strictObject({
  figure: z.strictObject({
    /** The figure's title, in its caption. */
    title: z.string().trim().min(1),
    /** Says the drawing is this edition's, made from the text, and not the release's Figure 1. */
    note: z.string().trim().min(1),
    legend: z.strictObject({
      cell: legendItemSchema,
      dead: legendItemSchema,
      persister: legendItemSchema,
      resistant: legendItemSchema,
    }),
    /** One per panel of the drawing, in the drawing's order. */
    steps: z.array(
      z.strictObject({
        /** The panel these words belong to (see src/glance/layout.ts). */
        id: z.enum(glancePanelIds),
        /** What happens, above the arrow. */
        title: labelLines,
        /** Under the cells before. */
        from: labelLines,
        /** Under the cells after. */
        to: labelLines,
        /** The step in a sentence: the figure's text alternative. */
        text: z.string().trim().min(1),
        ...tracedFields,
      }),
    ),
  }),
  /** The key numbers, shown near the top of the article. */
  numbers: z
    .array(
      z.strictObject({
        /** The number as shown large, e.g. `3-5%`. */
        figure: z.string().trim().min(1),
        /** What it counts, in a few words. */
        label: z.string().trim().min(1),
        ...tracedFields,
      }),
    )
    .min(1),
});

/** Where a statement of "What this means" comes from, when not from the release: the only things this site adds. */
export const addedSources = ['journal-record', 'trial-registries', 'this-site'] as const;

/**
 * One statement of "What this means": it restates a block (`restates` and `quote`, checked as at a
 * glance's items are), or it is added by this site (`added` names where from). The check asks for
 * exactly one of the two, naming the line.
 */
const statementSchema = z.strictObject({
  /** What readers read: plain words, one sentence or a short phrase. */
  text: z.string().trim().min(1),
  restates: idSchema.optional(),
  quote: z.string().trim().min(1).optional(),
  added: z.enum(addedSources).optional(),
});

/** A label of the panel, in the Science Media Centre's three: peer review, kind of study, in what. */
const labelSchema = statementSchema.extend({ label: z.string().trim().min(1) });

/** A part of the panel under its own heading. */
const panelPartSchema = z.strictObject({
  heading: z.string().trim().min(1),
  statements: z.array(statementSchema).min(1),
});

/** "What this means", the panel at the top of an edition: `content/<lang>/what-this-means.yaml`. */
export const meaningSchema = z.strictObject({
  title: z.string().trim().min(1),
  labels: z.strictObject({ 'peer-reviewed': labelSchema, 'study-type': labelSchema, subjects: labelSchema }),
  finding: panelPartSchema,
  'not-shown': panelPartSchema,
  /** What a reader can do, with links to the trial registries' search pages. */
  now: panelPartSchema.extend({
    links: z
      .array(
        z.strictObject({
          text: z.string().trim().min(1),
          href: z.url({ protocol: /^https$/ }),
          added: z.literal('trial-registries'),
        }),
      )
      .min(1),
  }),
  /** How current the page is: `{released}` and `{reviewed}` become the dates of `edition.yaml`. */
  current: z.strictObject({
    heading: z.string().trim().min(1),
    text: z.string().trim().min(1),
    added: z.literal('this-site'),
  }),
});

export type GlanceData = z.output<typeof glanceSchema>;
export type MeaningData = z.output<typeof meaningSchema>;
export type Statement = z.output<typeof statementSchema>;
