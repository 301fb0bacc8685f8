// One RIS3 priority of a region, coded like the EU S3 Platform's Eye@RIS3 tool.

export type Priority = {
  /** Database id; in standalone use (CLI) the CSV's priority_id. */
  id: string;
  /** NUTS code (any level; a country's national RIS3 uses the country code, e.g. "LT"). */
  region: string;
  /** The region's own identifier of the priority (CSV `priority_id`), unique within the region. */
  code: string;
  title: string;
  description: string;
  /** Economic domains: NACE Rev.2 codes at any level, as the reference data writes them: "C", "C10", "C10.5", "C10.51". */
  nace: string[];
  /** Scientific domains: NABS 2007 chapter codes "01".."14". */
  nabs: string[];
  /** EU policy objectives: codes of the Eye@RIS3 list (see codes.ts). */
  objectives: string[];
  /** Technology fields: WIPO technology field ids 1..35 (reference technology-fields.json). */
  techFields: number[];
};
