/** The content collections: the sections (with what the content model read of them), the editions' title blocks, the paper and the summaries (at a glance, and "What this means"). */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './loaders/content-dir';
import { sectionFiles } from './loaders/sections';
import { glanceFiles, meaningFiles } from './loaders/glance';
import { editionSchema, glanceSchema, meaningSchema, paperSchema, sectionEntrySchema } from './schemas/content';
import { alignmentFiles } from './loaders/alignment';
import { alignmentSchema } from './schemas/alignment';

export const collections = {
  sections: defineCollection({ loader: sectionFiles(contentDir), schema: sectionEntrySchema }),
  editions: defineCollection({ loader: glob({ pattern: '*/edition.yaml', base: contentDir }), schema: editionSchema }),
  paper: defineCollection({ loader: glob({ pattern: 'paper.yaml', base: contentDir }), schema: paperSchema }),
  glance: defineCollection({ loader: glanceFiles(contentDir), schema: glanceSchema }),
  meaning: defineCollection({ loader: meaningFiles(contentDir), schema: meaningSchema }),
  alignment: defineCollection({ loader: alignmentFiles(contentDir), schema: alignmentSchema }),
};
