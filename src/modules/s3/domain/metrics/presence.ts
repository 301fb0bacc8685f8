// The binary matrix M stored as each region's sorted list of specialised activities
// (compressed sparse rows). M is sparse (typically a quarter to a third of the cells), so
// the kernels walk these lists instead of the dense table.

export type Presence = {
  nRegions: number;
  nActivities: number;
  /** The activities of region r are cols[rowStart[r] .. rowStart[r + 1]), ascending. */
  rowStart: Int32Array;
  cols: Int32Array;
  /** diversity[r] = Σ_a M[r,a]. */
  diversity: Int32Array;
  /** ubiquity[a] = Σ_r M[r,a]. */
  ubiquity: Int32Array;
};

export function presenceFromMatrix(m: Uint8Array, nRegions: number, nActivities: number): Presence {
  const rowStart = new Int32Array(nRegions + 1);
  const diversity = new Int32Array(nRegions);
  const ubiquity = new Int32Array(nActivities);
  let count = 0;
  for (let r = 0; r < nRegions; r++) {
    const row = r * nActivities;
    for (let a = 0; a < nActivities; a++) {
      if (m[row + a] === 1) {
        count++;
        ubiquity[a] = (ubiquity[a] ?? 0) + 1;
      }
    }
    rowStart[r + 1] = count;
    diversity[r] = count - (rowStart[r] ?? 0);
  }
  const cols = new Int32Array(count);
  let next = 0;
  for (let r = 0; r < nRegions; r++) {
    const row = r * nActivities;
    for (let a = 0; a < nActivities; a++) if (m[row + a] === 1) cols[next++] = a;
  }
  return { nRegions, nActivities, rowStart, cols, diversity, ubiquity };
}

/** The transpose of the lists: the regions of activity a are rowsOf[colStart[a] .. colStart[a + 1]), ascending. */
export function activityLists(presence: Presence): { colStart: Int32Array; rowsOf: Int32Array } {
  const { nRegions, nActivities, rowStart, cols, ubiquity } = presence;
  const colStart = new Int32Array(nActivities + 1);
  for (let a = 0; a < nActivities; a++) colStart[a + 1] = (colStart[a] ?? 0) + (ubiquity[a] ?? 0);
  const next = colStart.slice(0, nActivities);
  const rowsOf = new Int32Array(cols.length);
  for (let r = 0; r < nRegions; r++) {
    for (let k = rowStart[r] ?? 0; k < (rowStart[r + 1] ?? 0); k++) {
      const a = cols[k] ?? 0;
      rowsOf[next[a] ?? 0] = r;
      next[a] = (next[a] ?? 0) + 1;
    }
  }
  return { colStart, rowsOf };
}

export type RestrictedPresence = {
  presence: Presence;
  /** Index in the full matrix of each kept region / activity. */
  regionIndex: Int32Array;
  activityIndex: Int32Array;
};

/** The sub-matrix of the kept regions and activities, renumbered 0..k−1. */
export function restrictPresence(
  presence: Presence,
  keepRegion: Uint8Array,
  keepActivity: Uint8Array,
): RestrictedPresence {
  const regionIndex = indicesOf(keepRegion);
  const activityIndex = indicesOf(keepActivity);
  if (regionIndex.length === presence.nRegions && activityIndex.length === presence.nActivities) {
    return { presence, regionIndex, activityIndex }; // the usual case: nothing left out
  }
  const newActivity = new Int32Array(presence.nActivities).fill(-1);
  activityIndex.forEach((full, compact) => (newActivity[full] = compact));
  const m = new Uint8Array(regionIndex.length * activityIndex.length);
  regionIndex.forEach((full, compact) => {
    for (let k = presence.rowStart[full] ?? 0; k < (presence.rowStart[full + 1] ?? 0); k++) {
      const a = newActivity[presence.cols[k] ?? 0] ?? -1;
      if (a >= 0) m[compact * activityIndex.length + a] = 1;
    }
  });
  return {
    presence: presenceFromMatrix(m, regionIndex.length, activityIndex.length),
    regionIndex,
    activityIndex,
  };
}

function indicesOf(mask: Uint8Array): Int32Array {
  let count = 0;
  for (const flag of mask) count += flag;
  const out = new Int32Array(count);
  let next = 0;
  mask.forEach((flag, i) => {
    if (flag === 1) out[next++] = i;
  });
  return out;
}

export type Components = {
  /** Number of connected components among regions with diversity > 0 and activities with ubiquity > 0. */
  count: number;
  /** 1 for the regions / activities of the largest component (most M = 1 cells; first on ties). */
  largestRegions: Uint8Array;
  largestActivities: Uint8Array;
};

/**
 * Connected components of the bipartite region–activity graph whose edges are the M = 1
 * cells. When it falls apart, M̃ has the eigenvalue 1 once per component and its "second
 * eigenvector" is an arbitrary mix of component indicators, so ECI would be meaningless.
 */
export function connectedComponents(presence: Presence): Components {
  const { nRegions, nActivities, rowStart, cols } = presence;
  // Union-find over regions (0..R−1) and activities (R..R+n−1).
  const parent = new Int32Array(nRegions + nActivities).map((_, i) => i);
  const find = (x: number): number => {
    let root = x;
    while ((parent[root] ?? root) !== root) root = parent[root] ?? root;
    while ((parent[x] ?? x) !== root) {
      const next = parent[x] ?? x;
      parent[x] = root;
      x = next;
    }
    return root;
  };
  for (let r = 0; r < nRegions; r++) {
    for (let k = rowStart[r] ?? 0; k < (rowStart[r + 1] ?? 0); k++) {
      const a = find(nRegions + (cols[k] ?? 0));
      const b = find(r);
      if (a !== b) parent[a] = b;
    }
  }
  const edges = new Int32Array(nRegions + nActivities);
  let count = 0;
  for (let r = 0; r < nRegions; r++) {
    const degree = (rowStart[r + 1] ?? 0) - (rowStart[r] ?? 0);
    if (degree === 0) continue;
    const root = find(r);
    if ((edges[root] ?? 0) === 0) count++;
    edges[root] = (edges[root] ?? 0) + degree;
  }
  let best = -1;
  for (let r = 0; r < nRegions; r++) {
    const root = find(r);
    if ((edges[root] ?? 0) > 0 && (best < 0 || (edges[root] ?? 0) > (edges[best] ?? 0))) best = root;
  }
  const largestRegions = new Uint8Array(nRegions);
  const largestActivities = new Uint8Array(nActivities);
  if (best >= 0) {
    for (let r = 0; r < nRegions; r++)
      largestRegions[r] = (presence.diversity[r] ?? 0) > 0 && find(r) === best ? 1 : 0;
    for (let a = 0; a < nActivities; a++) {
      largestActivities[a] = (presence.ubiquity[a] ?? 0) > 0 && find(nRegions + a) === best ? 1 : 0;
    }
  }
  return { count, largestRegions, largestActivities };
}
