/**
 * Aligns the sentences of a block in two languages: Gale and Church's length-based dynamic
 * programming (1993), with anchors. Each group pairs a few sentences of the original with a few
 * of the translation, in order; every sentence of both is in exactly one group.
 */

/** One group: how many sentences of the original, then of the translation, it holds. */
export type Group = readonly [original: number, translation: number];

/** A sentence as the alignment weighs it: its length and the anchors it holds. */
export interface Weighed {
  /** Its length in characters, spaces aside. */
  length: number;
  /** What must stay in the same group as its counterpart: numbers, Latin-script names, ※ terms. */
  anchors: readonly string[];
}

/** How many groups a block may have: the parallel view's stylesheet marks groups 1 to 12 (parallel-sentences.css). */
export const markedGroups = 12;

/** The shapes a group may take, with how often Gale and Church found each (1:3 and 3:1 added, rarer still). */
const shapes: ReadonlyArray<readonly [number, number, number]> = [
  [1, 1, 0.89],
  [1, 2, 0.089],
  [2, 1, 0.089],
  [2, 2, 0.011],
  [1, 3, 0.005],
  [3, 1, 0.005],
  [1, 0, 0.0099],
  [0, 1, 0.0099],
];

/** The variance of a translation's length per character (Gale and Church's s², 6.8 between European
 * languages; more between Japanese and English, whose lengths differ more from sentence to sentence). */
const variance = 12;

/** What an anchor found on one side of a group only costs: as much as a rare shape. */
const anchorCost = 3;

/**
 * The groups that best pair two lists of sentences: those of the likeliest lengths, with the
 * fewest anchors split from their counterparts.
 * @example align([{ length: 10, anchors: [] }], [{ length: 8, anchors: [] }, { length: 9, anchors: [] }]) // [[1, 2]]
 */
export function align(original: readonly Weighed[], translation: readonly Weighed[]): Group[] {
  const total = (list: readonly Weighed[]) => list.reduce((sum, s) => sum + s.length, 0);
  // The ratio of the lengths of the whole block: Japanese and English differ by far more than two
  // European languages, and the block as a whole is known to be a translation.
  const ratio = total(translation) / Math.max(1, total(original));
  // Each cell: the least cost of pairing the first i sentences with the first j, and its last group.
  const cells = Array.from({ length: original.length + 1 }, (_, i) =>
    Array.from({ length: translation.length + 1 }, (_, j): { cost: number; from?: Group } => ({
      cost: i + j ? Infinity : 0,
    })),
  );
  cells.forEach((row, i) =>
    row.forEach(({ cost: here }, j) => {
      if (here === Infinity) return;
      for (const [a, b, prior] of shapes) {
        const cell = cells[i + a]?.[j + b];
        if (!cell) continue;
        const cost = here + groupCost(original.slice(i, i + a), translation.slice(j, j + b), ratio, prior);
        if (cost < cell.cost) {
          cell.cost = cost;
          cell.from = [a, b];
        }
      }
    }),
  );
  // Every cell but the first is reached from another (a group may hold one sentence alone): back to it.
  const groups: Group[] = [];
  let [i, j] = [original.length, translation.length];
  for (let group = cells[i]?.[j]?.from; group; group = cells[i]?.[j]?.from) {
    groups.unshift(group);
    i -= group[0];
    j -= group[1];
  }
  return groups;
}

/** The cost of one group: how unlikely its shape and its lengths are, and the anchors it splits. */
function groupCost(
  original: readonly Weighed[],
  translation: readonly Weighed[],
  ratio: number,
  prior: number,
): number {
  const l1 = original.reduce((sum, s) => sum + s.length, 0);
  const l2 = translation.reduce((sum, s) => sum + s.length, 0);
  const mean = (l1 * ratio + l2) / 2;
  const delta = (l2 - l1 * ratio) / Math.sqrt(Math.max(1, mean) * variance);
  const lengths = -Math.log(Math.max(1e-12, 2 * (1 - normal(Math.abs(delta)))));
  return (
    -Math.log(prior) +
    lengths +
    anchorCost *
      unmatched(
        original.flatMap((s) => s.anchors),
        translation.flatMap((s) => s.anchors),
      )
  );
}

/** How many anchors one side holds that the other lacks. */
function unmatched(a: readonly string[], b: readonly string[]): number {
  const left = new Set(a);
  const right = new Set(b);
  return [...left].filter((x) => !right.has(x)).length + [...right].filter((x) => !left.has(x)).length;
}

/** The standard normal distribution function (Abramowitz and Stegun 26.2.17). */
function normal(z: number): number {
  const t = 1 / (1 + 0.2316419 * z);
  const density = Math.exp((-z * z) / 2) / Math.sqrt(2 * Math.PI);
  return 1 - density * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
}

/**
 * Where each sentence goes: for each language, the number of its group (from 1), sentence by sentence.
 * @example groupNumbers([[1, 2], [1, 1]]) // { original: [1, 2], translation: [1, 1, 2] }
 */
export function groupNumbers(groups: readonly Group[]): { original: number[]; translation: number[] } {
  const original: number[] = [];
  const translation: number[] = [];
  groups.forEach(([a, b], index) => {
    original.push(...Array<number>(a).fill(index + 1));
    translation.push(...Array<number>(b).fill(index + 1));
  });
  return { original, translation };
}
