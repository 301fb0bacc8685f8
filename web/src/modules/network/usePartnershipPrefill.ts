import { useQuery } from '@tanstack/react-query';
import type {
  TCaseResponse,
  TInterestResponse,
  TOrganisationRef,
  TProfileResponse,
  TReferralDetailResponse,
} from '../../../../src/modules/brokerage/contract.ts';
import { api } from '../../shared/api.ts';
import type { OrganisationOption } from '../organisations/OrganisationMultiSelect.tsx';
import { organisationOption } from '../organisations/OrganisationSelect.tsx';

export type PartnershipLinks = {
  caseId?: string;
  profileId?: string;
  referralId?: string;
  interestId?: string;
};

function useLinked<T>(kind: string, path: string, id: string | undefined) {
  return useQuery({
    queryKey: ['network', 'linked', kind, id],
    queryFn: ({ signal }) => api.get<T>(`${path}/${id ?? ''}`, undefined, signal),
    enabled: Boolean(id),
    retry: false,
  });
}

/**
 * The organisations a partnership recorded from a case, profile, referral or expression of interest
 * most likely involves: the client, the profile owner, the interested party. Ready once every linked
 * record has answered (or failed: then the parties are simply not prefilled).
 */
export function usePartnershipPrefill(links: PartnershipLinks): {
  isReady: boolean;
  parties: OrganisationOption[];
  title: string;
} {
  const linkedCase = useLinked<TCaseResponse>('cases', '/api/cases', links.caseId);
  const profile = useLinked<TProfileResponse>('profiles', '/api/profiles', links.profileId);
  const referral = useLinked<TReferralDetailResponse>('referrals', '/api/referrals', links.referralId);
  const interest = useLinked<TInterestResponse>('interests', '/api/interests', links.interestId);
  const queries = [linkedCase, profile, referral, interest];
  const isReady = queries.every((query) => !query.isLoading);

  const organisations: TOrganisationRef[] = [
    linkedCase.data?.organisation,
    profile.data?.organisation,
    referral.data?.client,
    interest.data?.profile.organisation,
    interest.data?.fromOrganisation,
  ].filter((organisation): organisation is TOrganisationRef => Boolean(organisation));
  const parties: OrganisationOption[] = [];
  for (const organisation of organisations) {
    if (!parties.some((party) => party.value === organisation.id))
      parties.push(organisationOption(organisation, true));
  }
  const title = interest.data?.profile.title ?? profile.data?.title ?? linkedCase.data?.title ?? '';
  return { isReady, parties, title };
}
