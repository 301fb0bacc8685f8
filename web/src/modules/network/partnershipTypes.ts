import {
  PARTNERSHIP_OUTCOME_TYPES,
  type PartnershipOutcomeType,
} from '../../../../src/modules/brokerage/contract.ts';

export { PARTNERSHIP_OUTCOME_TYPES, type PartnershipOutcomeType };

export function isPartnershipOutcomeType(value: unknown): value is PartnershipOutcomeType {
  return typeof value === 'string' && (PARTNERSHIP_OUTCOME_TYPES as readonly string[]).includes(value);
}
