import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { editionSections } from './loaders/edition';
import { glanceFiles } from './loaders/glance';
import { editionSchema, glanceSchema, paperSchema, sectionSchema } from './schemas/content';

/** Where the text lives; tests point it at fixtures of broken content. */
const contentDir = process.env.EDITION_CONTENT_DIR ?? './content';

export const collections = {
  sections: defineCollection({ loader: editionSections(contentDir), schema: sectionSchema }),
  editions: defineCollection({ loader: glob({ pattern: '*/edition.yaml', base: contentDir }), schema: editionSchema }),
  paper: defineCollection({ loader: glob({ pattern: 'paper.yaml', base: contentDir }), schema: paperSchema }),
  glance: defineCollection({ loader: glanceFiles(contentDir), schema: glanceSchema }),
};
