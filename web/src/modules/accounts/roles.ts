import type { TUserResponse } from '../../../../src/modules/accounts/contract.ts';

/** Brokers and administrators act for any organisation: they search the registry, open cases, send referrals. */
export function isBrokerOrAdmin(role: TUserResponse['role']): boolean {
  return role === 'broker' || role === 'admin';
}
