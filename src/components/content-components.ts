import type { Lang } from '../lib/languages';
import TermEn from './TermEn.astro';
import TermJa from './TermJa.astro';

/** Components MDX content may use without importing them, bound to the content's language. */
export const contentComponents = {
  ja: { Term: TermJa },
  en: { Term: TermEn },
} satisfies Record<Lang, Record<string, unknown>>;
