import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  MatchVerdict,
  TMatch,
  TMatchesResponse,
  TMatchFeedbackRequest,
} from '../../../../src/modules/matching/contract.ts';
import { api } from '../../shared/api.ts';

/** What the matches are for: a profile, or a broker's case (its client). */
export type MatchTarget = { kind: 'profile' | 'case'; id: string };

/** `profiles`: published profiles; `organisations`: organisations without one (brokers and admins). */
export type MatchKind = 'profiles' | 'organisations';

export type MatchFilter = {
  kind: MatchKind;
  countries: string[];
  types: string[];
  helix: string[];
  includeDismissed: boolean;
  top: number;
};

const MATCHES = 'matches';

const pathOf = (target: MatchTarget) =>
  `/api/${target.kind === 'profile' ? 'profiles' : 'cases'}/${encodeURIComponent(target.id)}/matches`;

/** Lists go as comma lists (the API takes repeated parameters or commas). */
const queryOf = (filter: MatchFilter) => ({
  top: filter.top,
  kind: filter.kind,
  country: filter.countries.join(','),
  type: filter.kind === 'profiles' ? filter.types.join(',') : '',
  helix: filter.helix.join(','),
  includeDismissed: filter.includeDismissed,
});

export function useMatches(target: MatchTarget, filter: MatchFilter) {
  return useQuery({
    queryKey: [MATCHES, target.kind, target.id, filter],
    queryFn: ({ signal }) => api.get<TMatchesResponse>(pathOf(target), queryOf(filter), signal),
    enabled: Boolean(target.id),
    placeholderData: keepPreviousData,
    // The ranking changes only when profiles do; no refetch on every focus.
    staleTime: 60_000,
  });
}

export type MatchVerdictChange = { match: TMatch; verdict: MatchVerdict | null };

/** The feedback request for a match as the user saw it: its rank, score and signal values. */
export function feedbackRequestOf(
  target: MatchTarget,
  { match, verdict }: MatchVerdictChange,
): TMatchFeedbackRequest {
  return {
    queryKind: target.kind,
    queryId: target.id,
    candidateKind: match.kind,
    candidateId: match.kind === 'profile' && match.profile ? match.profile.id : match.organisation.id,
    verdict,
    rank: match.rank,
    score: Math.min(1, Math.max(0, match.score)),
    signals: Object.fromEntries(Object.entries(match.signals).map(([name, report]) => [name, report.value])),
  };
}

/** The candidate's id: the profile's for a profile match, the organisation's otherwise. */
export function candidateIdOf(match: TMatch): string {
  return match.kind === 'profile' && match.profile ? match.profile.id : match.organisation.id;
}

/**
 * Marks a match good or not relevant (null takes the verdict back). The pressed state shows at once;
 * the matches are then refetched, which leaves out the ones marked not relevant.
 */
export function useMatchFeedback(target: MatchTarget) {
  const queryClient = useQueryClient();
  const key = [MATCHES, target.kind, target.id];
  return useMutation({
    mutationFn: (change: MatchVerdictChange) =>
      api.put<{ verdict: MatchVerdict | null }>('/api/matches/feedback', feedbackRequestOf(target, change)),
    onSuccess: async ({ verdict }, { match }) => {
      const id = candidateIdOf(match);
      queryClient.setQueriesData<TMatchesResponse>({ queryKey: key }, (data) =>
        data
          ? {
              ...data,
              items: data.items.map((item) =>
                item.kind === match.kind && candidateIdOf(item) === id
                  ? { ...item, feedback: verdict }
                  : item,
              ),
            }
          : data,
      );
      await queryClient.invalidateQueries({ queryKey: key });
    },
  });
}
