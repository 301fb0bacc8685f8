import { HELIX_TYPES } from '../../../../src/modules/accounts/contract.ts';

export type HelixType = (typeof HELIX_TYPES)[number];
export { HELIX_TYPES };

export function isHelixType(value: unknown): value is HelixType {
  return typeof value === 'string' && (HELIX_TYPES as readonly string[]).includes(value);
}
