/**
 * A TextMate grammar of RIS, the tagged format reference managers exchange citations in, for
 * Shiki, which ships none: each line is a two-character tag, two spaces and a hyphen, and a value.
 * @see https://en.wikipedia.org/wiki/RIS_(file_format)
 */
import type { LanguageRegistration } from 'shiki';

/** RIS for Shiki: tags coloured as names, the separator as punctuation, values as strings. */
export const risLanguage: LanguageRegistration = {
  name: 'ris',
  scopeName: 'text.ris',
  patterns: [
    {
      match: '^([A-Z][A-Z0-9])(  -)(?: (.*))?$',
      captures: {
        1: { name: 'entity.name.tag.ris' },
        2: { name: 'punctuation.separator.key-value.ris' },
        3: { name: 'string.unquoted.ris' },
      },
    },
  ],
  repository: {},
};
