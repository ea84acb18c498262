/**
 * A text shortened for a search result or link preview: whole sentences while they fit in `max`
 * characters; a first sentence longer than that is cut and ends with "…".
 * @example excerpt('One. Two two two.', 10, 'en') // 'One.'
 */
export function excerpt(text: string, max: number, lang: string): string {
  const sentences = [...new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)].map((s) => s.segment);
  let kept = '';
  for (const sentence of sentences) {
    if ((kept + sentence).trim().length > max) break;
    kept += sentence;
  }
  return (
    kept.trim() ||
    `${Array.from(text)
      .slice(0, max - 1)
      .join('')
      .trimEnd()}…`
  );
}
