// The metrics as the CLI and API give them (the stable machine-readable contract of issue 3).
import type { MetricsResult, ValueMatrix } from './metrics/index.ts';

export type MetricsTable = {
  regions: {
    region: string;
    diversity: number | null;
    eci: number | null;
    coi: number | null;
    krugman: number | null;
    hachman: number | null;
    hhi: number | null;
    entropy: number | null;
  }[];
  activities: { activity: string; ubiquity: number | null; pci: number | null }[];
  cells: {
    region: string;
    activity: string;
    value: number | null;
    rca: number | null;
    m: 0 | 1;
    density: number | null;
    cog: number | null;
  }[];
};

/** NaN (an undefined figure) becomes null: JSON has no NaN. */
export const num = (value: number | undefined): number | null =>
  value === undefined || Number.isNaN(value) ? null : value;

export function metricsTable(matrix: ValueMatrix, result: MetricsResult): MetricsTable {
  const activityCount = result.activities.length;
  return {
    regions: result.regions.map((region, r) => ({
      region,
      diversity: num(result.diversity[r]),
      eci: num(result.eci[r]),
      coi: num(result.coi[r]),
      krugman: num(result.krugman[r]),
      hachman: num(result.hachman[r]),
      hhi: num(result.hhi[r]),
      entropy: num(result.entropy[r]),
    })),
    activities: result.activities.map((activity, a) => ({
      activity,
      ubiquity: num(result.ubiquity[a]),
      pci: num(result.pci[a]),
    })),
    cells: result.regions.flatMap((region, r) =>
      result.activities.map((activity, a) => {
        const cell = r * activityCount + a;
        return {
          region,
          activity,
          value: num(matrix.values[cell]),
          rca: num(result.rca[cell]),
          m: result.m[cell] === 1 ? (1 as const) : (0 as const),
          density: num(result.density[cell]),
          cog: num(result.cog[cell]),
        };
      }),
    ),
  };
}
