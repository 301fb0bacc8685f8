// Small statistics over typed arrays. NaN entries are skipped where noted.

/** Pearson correlation of x and y (same length); NaN when either is constant. */
export function correlation(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i] ?? 0;
    my += y[i] ?? 0;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = (x[i] ?? 0) - mx;
    const dy = (y[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** Median of the non-NaN values; NaN when there are none. */
export function median(values: ArrayLike<number>): number {
  const finite = Array.from(values).filter((value) => !Number.isNaN(value));
  if (finite.length === 0) return Number.NaN;
  finite.sort((a, b) => a - b);
  const middle = finite.length >> 1;
  return finite.length % 2 === 1
    ? (finite[middle] ?? Number.NaN)
    : ((finite[middle - 1] ?? Number.NaN) + (finite[middle] ?? Number.NaN)) / 2;
}
