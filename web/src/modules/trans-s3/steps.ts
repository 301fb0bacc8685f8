/** The seven steps of the Trans-S3 method, 1-based as the API counts them. */
export const STEPS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Step = (typeof STEPS)[number];

export function isStep(value: number): value is Step {
  return (STEPS as readonly number[]).includes(value);
}
