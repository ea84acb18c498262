/** The schema of an entry of the `alignment` collection (`content/loaders/alignment.ts`). */
import { z } from 'astro/zod';

/** How one block's sentences pair, as the content check found it holding. */
export const alignmentSchema = z.object({
  /** The groups, in order: each the number of the original's sentences, then of the translation's. */
  groups: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])),
});
