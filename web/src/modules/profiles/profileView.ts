import type { TPublicProfile } from '../../../../src/modules/brokerage/contract.ts';
import type { ProfileType } from './codes.ts';

/**
 * What the anonymous listing shows of a profile (TPublicProfile), loosened for the editor's live
 * preview, where the type or the organisation may not be chosen yet.
 */
export type ProfileViewData = Omit<
  TPublicProfile,
  'id' | 'type' | 'countryCode' | 'helixType' | 'sizeClass'
> & {
  type: ProfileType | null;
  countryCode: string | null;
  helixType: TPublicProfile['helixType'] | null;
  sizeClass: TPublicProfile['sizeClass'];
};
