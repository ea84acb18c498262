/**
 * Finds characters that do not belong in the content, in any of its files: invisible ones (zero-width
 * spaces, joiners, direction marks, control characters), which make ids and quotes differ where they
 * look the same; text that is not in Unicode NFC, which looks the same as its composed form and
 * ships as different bytes (in the HTML, the glossary data, the search engines' index); and a ※
 * typed by hand, which looks like a glossary marker and opens nothing.
 */
import { at, type ContentProblem } from '../problem';

/** Names of the invisible characters an editor or a copy from a PDF most often leaves in text. */
const names: Record<string, string> = {
  '\u00ad': 'SOFT HYPHEN',
  '\u200b': 'ZERO WIDTH SPACE',
  '\u200c': 'ZERO WIDTH NON-JOINER',
  '\u200d': 'ZERO WIDTH JOINER',
  '\u200e': 'LEFT-TO-RIGHT MARK',
  '\u200f': 'RIGHT-TO-LEFT MARK',
  '\u2060': 'WORD JOINER',
  '\ufeff': 'ZERO WIDTH NO-BREAK SPACE (byte order mark)',
};

/** Control and format characters (Unicode's Cc and Cf), but for the tab and line breaks. */
const invisible = /(?![\t\n\r])[\p{Cc}\p{Cf}]/u;

/**
 * How a character is written in a message: its code point, and its name when it has one here.
 * @example codePoint('\u200b') // 'U+200B ZERO WIDTH SPACE'
 */
export function codePoint(char: string): string {
  const code = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  const name = names[char];
  return name ? `${code} ${name}` : code;
}

/**
 * The problems of a file's text: each invisible character and each character not in NFC, with the
 * words before it so that the author can find it, and each ※, in the order of their lines and columns.
 * @param file Path of the file, as problems name it.
 * @example characterProblems('a.yaml', 'id: term\u200b-one')[0]?.message // 'an invisible character, U+200B ZERO WIDTH SPACE, after "id: term". Delete it: …'
 */
export function characterProblems(file: string, text: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const body = text.startsWith('\ufeff') ? ` ${text.slice(1)}` : text;
  body.split('\n').forEach((line, index) => {
    let column = 1;
    for (const { segment } of graphemes.segment(line)) {
      const hidden = Array.from(segment).find((char) => invisible.test(char));
      const start = column + (hidden ? segment.indexOf(hidden) : 0);
      const place = at(file, index + 1, start);
      const before = `"${line.slice(Math.max(0, start - 11), start - 1).trimStart()}"`;
      if (hidden)
        problems.push({
          ...place,
          message: `an invisible character, ${codePoint(hidden)}, after ${before}. Delete it: it makes ids and quotes differ where they look the same.`,
        });
      else if (segment !== segment.normalize('NFC'))
        problems.push({
          ...place,
          message: `"${segment}" after ${before} is not in Unicode NFC: it is written as ${Array.from(segment).map(codePoint).join(' ')}. Write it as ${Array.from(segment.normalize('NFC')).map(codePoint).join(' ')}, the form readers' searches match (most editors can save a file as NFC).`,
        });
      column += segment.length;
    }
    for (const match of line.matchAll(/※\s*[0-9０-９]*/g))
      problems.push({
        ...at(file, index + 1, match.index + 1),
        message: `a hand-typed marker "${match[0].trim()}": the ※ markers and their numbers come from the glossary. Mark the term with <Term id="…" /> where the release puts its ※.`,
      });
  });
  return problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
