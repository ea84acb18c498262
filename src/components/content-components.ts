import type { Lang } from '../lib/languages';
import AtAGlanceEn from './AtAGlanceEn.astro';
import AtAGlanceJa from './AtAGlanceJa.astro';
import TermEn from './TermEn.astro';
import TermJa from './TermJa.astro';

/** Components MDX content may use without importing them, bound to the content's language. */
export const contentComponents = {
  ja: { Term: TermJa, AtAGlance: AtAGlanceJa },
  en: { Term: TermEn, AtAGlance: AtAGlanceEn },
} satisfies Record<Lang, Record<string, unknown>>;
