/**
 * What the build tells an author about the parallel view's sentence alignment, in the form of the
 * content checks (`content/check/stages.ts`): every problem located, the file's own first.
 */
import type { ContentReport } from '../../content/check/stages';
import type { Publication } from '../../content/model';
import { authoredFile, readAuthored } from './authored';
import { alignPublication, type BlockAlignment } from './blocks';

/**
 * Aligns every block, and reports what keeps the alignment from holding.
 * @param publication The content model, its sections sound.
 * @param authored The text of `alignment.yaml` (undefined when there is none) and its path, relative to the root.
 */
export function alignmentReport(
  publication: Publication,
  authored: { text: string | undefined; file: string },
): { report: ContentReport | undefined; alignments: BlockAlignment[] } {
  const read = readAuthored(authored.text, authored.file);
  const { alignments, problems } = read.problems.length
    ? { alignments: [], problems: read.problems }
    : alignPublication(publication, read.alignment);
  if (!problems.length) return { report: undefined, alignments };
  return {
    report: {
      subject: 'The sentence alignment of the parallel view',
      problems,
      hint: `A block whose sentences do not pair one to one needs its groups in the content's ${authoredFile}, each the number of Japanese sentences, a colon, and the number of English ones, in order (study-2: [1:2, 1:1]). The README explains the alignment.`,
    },
    alignments,
  };
}
