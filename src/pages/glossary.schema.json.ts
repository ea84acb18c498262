import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { glossaryDataSchema } from '../glossary/data-schema';

/** JSON Schema of `/glossary.json`, generated from the schema the build checks the file against. */
export const GET: APIRoute = () => Response.json(z.toJSONSchema(glossaryDataSchema));
