/**
 * Geometry of the drawing at a glance: five small panels, each a cluster of cells,
 * an arrow and the cluster that results. The drawing is fixed here once; the words come from
 * `content/<lang>/at-a-glance.yaml`, so both languages share one drawing.
 */

/** How a cell is drawn. Shape and stroke carry the meaning, so the drawing reads in black and white. */
export type CellKind = 'cell' | 'dead' | 'persister' | 'resistant' | 'dead-resistant';

/** The panels, in the order the drawing tells them; the content gives each one its words. */
export const glancePanels = [
  // ALK inhibitor alone: most cells die, a few persist.
  { id: 'treatment', from: 'cells', to: 'after-alk', arrow: 'solid' },
  // What the release says is thought to follow: persisters give rise to resistance.
  { id: 'resistance', from: 'persisters', to: 'resistant', arrow: 'dashed' },
  // The screen: lorlatinib with a GSK3 inhibitor acts on the persisters.
  { id: 'screen', from: 'persisters', to: 'after-screen', arrow: 'solid' },
  // Both drugs from the start: fewer persisters after a week.
  { id: 'combination', from: 'cells', to: 'after-combination', arrow: 'solid' },
  // Patient-derived cells resistant to alectinib become sensitive with the combination.
  { id: 'resensitised', from: 'resistant', to: 'dead-resistant', arrow: 'solid' },
] as const;

export type GlancePanelId = (typeof glancePanels)[number]['id'];
export type ClusterName = (typeof glancePanels)[number]['from' | 'to'];

/** Ids of the panels, for the content schema. */
export const glancePanelIds = glancePanels.map((p) => p.id) as [GlancePanelId, ...GlancePanelId[]];

/** Seven places in a honeycomb, centre first. */
const honeycomb: ReadonlyArray<readonly [number, number]> = [
  [0, 0],
  [-25, 0],
  [25, 0],
  [-12.5, -22],
  [12.5, -22],
  [-12.5, 22],
  [12.5, 22],
];
const trio: ReadonlyArray<readonly [number, number]> = [
  [-14, -12],
  [14, -12],
  [0, 12],
];

const clusters: Record<ClusterName, ReadonlyArray<{ at: readonly [number, number]; kind: CellKind }>> = {
  cells: honeycomb.map((at) => ({ at, kind: 'cell' })),
  'after-alk': honeycomb.map((at, i) => ({ at, kind: i === 2 || i === 5 ? 'persister' : 'dead' })),
  persisters: trio.map((at) => ({ at, kind: 'persister' })),
  resistant: honeycomb.map((at) => ({ at, kind: 'resistant' })),
  // The text reports more pronounced growth suppression and cell death, not every persister killed: one survives.
  'after-screen': trio.map((at, i) => ({ at, kind: i === 1 ? 'persister' : 'dead' })),
  'after-combination': honeycomb.map((at, i) => ({ at, kind: i === 5 ? 'persister' : 'dead' })),
  // The text reports growth suppressed and sensitivity restored, not every cell killed: two survive.
  'dead-resistant': honeycomb.map((at, i) => ({ at, kind: i === 1 || i === 5 ? 'resistant' : 'dead-resistant' })),
};

/** The kinds of cell, in the order the drawing defines them. */
export const cellKinds: readonly CellKind[] = ['cell', 'dead', 'persister', 'resistant', 'dead-resistant'];

/**
 * The clusters the panels draw, each with its cells around its centre: the drawing defines each
 * once and places it where a panel shows it.
 */
export function clusterCells(): Array<{ name: ClusterName; cells: Array<{ x: number; y: number; kind: CellKind }> }> {
  return (Object.keys(clusters) as ClusterName[]).map((name) => ({
    name,
    cells: clusters[name].map(({ at, kind }) => ({ x: at[0], y: at[1], kind })),
  }));
}

/**
 * The id of a shape the drawing defines once and uses wherever it shows it: a cell of one kind, or
 * a cluster of cells. `prefix` keeps the ids of both languages' drawings apart on one page.
 * @example shapeId('ja-', 'cell', 'persister') // 'ja-glance-cell-persister'
 */
export function shapeId(prefix: string, ...[shape, name]: ['cell', CellKind] | ['cluster', ClusterName]): string {
  return `${prefix}glance-${shape}-${name}`;
}

/** Sizes in SVG user units; at the widths the figure is shown, one unit is about one CSS pixel. */
export const glanceSizes = {
  width: 300,
  titleSize: 14,
  titleLeading: 18,
  labelSize: 13,
  labelLeading: 16,
  /** Width a title line may take: the panel less its number badge. */
  titleWidth: 262,
  /** Width a cluster's label may take. */
  labelWidth: 132,
  cellRadius: 10,
} as const;

const clusterX = { from: 66, to: 234 } as const;

/** Where everything of one panel goes, for a panel whose labels have the given numbers of lines. */
export interface PanelLayout {
  height: number;
  badge: { x: number; y: number };
  title: { x: number; y: number };
  /** Each side's label (x, y), its cluster and the cluster's centre, and its cells where they are drawn. */
  from: PlacedCluster;
  to: PlacedCluster;
  arrow: { x1: number; x2: number; y: number; dashed: boolean };
}

export interface PlacedCluster {
  x: number;
  y: number;
  cluster: ClusterName;
  centre: { x: number; y: number };
  cells: Array<{ x: number; y: number; kind: CellKind }>;
}

/**
 * Lays out one panel: title lines at the top, the two clusters side by side with the arrow between
 * them, each cluster's label lines under it.
 * @param lines How many lines the title and each label have.
 * @example panelLayout('treatment', { title: 1, from: 1, to: 2 }).height // 137
 */
export function panelLayout(id: GlancePanelId, lines: { title: number; from: number; to: number }): PanelLayout {
  const panel = glancePanels.find((p) => p.id === id);
  if (!panel) throw new Error(`No panel "${id}" in the drawing.`);
  const s = glanceSizes;
  const titleBottom = 8 + lines.title * s.titleLeading;
  const centre = titleBottom + 40;
  const labelTop = centre + 34 + s.labelSize;
  const place = (name: ClusterName, x: number): PlacedCluster => ({
    x,
    y: labelTop,
    cluster: name,
    centre: { x, y: centre },
    cells: clusters[name].map(({ at, kind }) => ({ x: x + at[0], y: centre + at[1], kind })),
  });
  return {
    height: labelTop + (Math.max(lines.from, lines.to) - 1) * s.labelLeading + 8,
    badge: { x: 12, y: 4 + s.titleLeading / 2 },
    title: { x: 32, y: 4 + s.titleSize },
    from: place(panel.from, clusterX.from),
    to: place(panel.to, clusterX.to),
    arrow: { x1: clusterX.from + 48, x2: clusterX.to - 48, y: centre, dashed: panel.arrow === 'dashed' },
  };
}

/** Advance widths of lowercase letters in DejaVu Sans, the widest of the common UI fonts, in ems. */
const lowercase: Record<string, number> = {
  a: 0.61,
  b: 0.64,
  c: 0.55,
  d: 0.64,
  e: 0.62,
  f: 0.35,
  g: 0.64,
  h: 0.63,
  i: 0.28,
  j: 0.28,
  k: 0.58,
  l: 0.28,
  m: 0.97,
  n: 0.63,
  o: 0.61,
  p: 0.64,
  q: 0.64,
  r: 0.41,
  s: 0.52,
  t: 0.39,
  u: 0.63,
  v: 0.59,
  w: 0.82,
  x: 0.59,
  y: 0.59,
  z: 0.53,
};
const other: Record<string, number> = { ' ': 0.32, '+': 0.84, '%': 0.95, I: 0.3, J: 0.3, M: 0.86, W: 0.99 };

/**
 * Estimated width of a line of text in ems, on the generous side: full-width (Japanese) characters
 * are one em, Latin letters as wide as in DejaVu Sans, bold a seventh wider. Used to refuse labels
 * that would overflow the drawing, since SVG text does not wrap.
 * @example textWidth('ALK阻害薬') // 5.1
 */
export function textWidth(text: string, bold = false): number {
  let width = 0;
  for (const char of text) {
    if (/[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char))
      width += 1;
    else
      width +=
        (lowercase[char] ?? other[char] ?? (/[A-Z]/.test(char) ? 0.7 : /[0-9]/.test(char) ? 0.64 : 0.4)) *
        (bold ? 1.14 : 1);
  }
  return Math.round(width * 100) / 100;
}

/**
 * Diagonal hatching inside a circle, as one SVG path: chords at 45° a fixed distance apart.
 * @param x Centre.
 * @param y Centre.
 * @param r Radius of the circle.
 * @param gap Distance between the lines.
 * @example hatchPath(0, 0, 2, 4) // 'M-1.41 -1.41L1.41 1.41'
 */
export function hatchPath(x: number, y: number, r: number, gap: number): string {
  const round = (n: number) => Math.round(n * 100) / 100;
  const segments: string[] = [];
  const along = Math.SQRT1_2;
  for (let offset = -Math.floor(r / gap) * gap; offset < r; offset += gap) {
    const half = Math.sqrt(r * r - offset * offset);
    // The chord at distance `offset` from the centre along (1, -1), running along (1, 1).
    const cx = x + offset * along;
    const cy = y - offset * along;
    segments.push(
      `M${round(cx - half * along)} ${round(cy - half * along)}L${round(cx + half * along)} ${round(cy + half * along)}`,
    );
  }
  return segments.join('');
}
