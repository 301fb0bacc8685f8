// Queries and mutations of the Trans-S3 steps 3-7 (verification, trends, internationalisation,
// consultation, prioritisation, strategy). Every key starts with ['transS3', groupId].
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  TPrioritisation,
  TRound,
  TStrategy,
  ZActionRequest,
  ZCandidatesResponse,
  ZCriterionRequest,
  ZExpertRatingRequest,
  ZIndicatorRequest,
  ZInternationalisationResponse,
  ZJudgementRequest,
  ZMeasurementRequest,
  ZResponseRequest,
  ZRoundPatch,
  ZRoundRequest,
  ZRoundsResponse,
  ZStrategyRequest,
  ZTrendNote,
  ZTrendNoteRequest,
  ZTrendNotesResponse,
  ZVerificationResponse,
  ZWeightsRequest,
} from '../../../../../src/modules/trans-s3/contract.ts';
import { api } from '../../../shared/api.ts';

export type TVerification = z.infer<typeof ZVerificationResponse>;
export type TCriterionRequest = z.input<typeof ZCriterionRequest>;
export type TCriterionRule = TCriterionRequest['rule'];
export type TJudgementRequest = z.input<typeof ZJudgementRequest>;
export type TTrendNote = z.infer<typeof ZTrendNote>;
export type TTrendNotes = z.infer<typeof ZTrendNotesResponse>;
export type TTrendNoteRequest = z.input<typeof ZTrendNoteRequest>;
export type TInternationalisation = z.infer<typeof ZInternationalisationResponse>;
export type TExpertRatingRequest = z.input<typeof ZExpertRatingRequest>;
export type TRounds = z.infer<typeof ZRoundsResponse>;
export type TRoundRequest = z.input<typeof ZRoundRequest>;
export type TRoundPatch = z.input<typeof ZRoundPatch>;
export type TResponseRequest = z.input<typeof ZResponseRequest>;
export type TWeightsRequest = z.input<typeof ZWeightsRequest>;
export type TStrategyRequest = z.input<typeof ZStrategyRequest>;
export type TActionRequest = z.input<typeof ZActionRequest>;
export type TIndicatorRequest = z.input<typeof ZIndicatorRequest>;
export type TMeasurementRequest = z.input<typeof ZMeasurementRequest>;
export type TCandidates = z.infer<typeof ZCandidatesResponse>;
export type TAction = TStrategy['actions'][number];
export type TIndicator = TStrategy['indicators'][number];

export const groupPath = (groupId: string) => `/api/trans-s3/groups/${encodeURIComponent(groupId)}`;
const keyOf = (groupId: string, ...rest: string[]) => ['transS3', groupId, ...rest];

/**
 * After a change, every query about the group is stale (a criterion changes the verification score,
 * which feeds the prioritisation; final domains show on the candidates and the strategy). Queries of
 * other screens that mention the group id are refreshed too.
 */
async function refreshGroup(queryClient: QueryClient, groupId: string): Promise<void> {
  await queryClient.invalidateQueries({ predicate: (query) => query.queryKey.includes(groupId) });
}

/** A mutation whose answer is the new state of one query: it is written there, then the rest refreshes. */
function useGroupMutation<TVariables, TResult>(
  groupId: string,
  mutationFn: (variables: TVariables) => Promise<TResult>,
  resultKey?: string[],
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: async (result) => {
      if (resultKey && result !== undefined) queryClient.setQueryData(resultKey, result);
      await refreshGroup(queryClient, groupId);
    },
  });
}

// ---- Candidates (for pickers) -----------------------------------------------------------------

export function useStepCandidates(groupId: string) {
  return useQuery({
    queryKey: keyOf(groupId, 'candidates'),
    queryFn: ({ signal }) => api.get<TCandidates>(`${groupPath(groupId)}/candidates`, undefined, signal),
  });
}

// ---- Step 3: verification ---------------------------------------------------------------------

export function useVerification(groupId: string) {
  return useQuery({
    queryKey: keyOf(groupId, 'verification'),
    queryFn: ({ signal }) => api.get<TVerification>(`${groupPath(groupId)}/verification`, undefined, signal),
  });
}

export function useAddCriterion(groupId: string) {
  return useGroupMutation(
    groupId,
    (request: TCriterionRequest) => api.post<TVerification>(`${groupPath(groupId)}/criteria`, request),
    keyOf(groupId, 'verification'),
  );
}

export function useDeleteCriterion(groupId: string) {
  return useGroupMutation(groupId, (criterionId: string) =>
    api.delete(`${groupPath(groupId)}/criteria/${encodeURIComponent(criterionId)}`),
  );
}

export function useJudge(groupId: string) {
  return useGroupMutation(
    groupId,
    ({
      criterionId,
      candidateId,
      ...request
    }: TJudgementRequest & { criterionId: string; candidateId: string }) =>
      api.put<TVerification>(
        `${groupPath(groupId)}/criteria/${encodeURIComponent(criterionId)}/judgements/${encodeURIComponent(candidateId)}`,
        request,
      ),
    keyOf(groupId, 'verification'),
  );
}

// ---- Step 4: trends ---------------------------------------------------------------------------

export function useTrends(groupId: string, candidateId: string | null) {
  return useQuery({
    queryKey: keyOf(groupId, 'trends', candidateId ?? ''),
    queryFn: ({ signal }) =>
      api.get<TTrendNotes>(
        `${groupPath(groupId)}/candidates/${encodeURIComponent(candidateId ?? '')}/trends`,
        undefined,
        signal,
      ),
    enabled: Boolean(candidateId),
  });
}

export function useAddTrend(groupId: string) {
  return useGroupMutation(
    groupId,
    ({ candidateId, ...request }: TTrendNoteRequest & { candidateId: string }) =>
      api.post<TTrendNote>(
        `${groupPath(groupId)}/candidates/${encodeURIComponent(candidateId)}/trends`,
        request,
      ),
  );
}

export function useDeleteTrend(groupId: string) {
  return useGroupMutation(groupId, (noteId: string) =>
    api.delete(`${groupPath(groupId)}/trends/${encodeURIComponent(noteId)}`),
  );
}

// ---- Step 5: internationalisation -------------------------------------------------------------

export function useInternationalisation(groupId: string) {
  return useQuery({
    queryKey: keyOf(groupId, 'internationalisation'),
    queryFn: ({ signal }) =>
      api.get<TInternationalisation>(`${groupPath(groupId)}/internationalisation`, undefined, signal),
  });
}

export function useExpertRating(groupId: string) {
  return useGroupMutation(
    groupId,
    ({ candidateId, ...request }: TExpertRatingRequest & { candidateId: string }) =>
      api.put<TInternationalisation>(
        `${groupPath(groupId)}/candidates/${encodeURIComponent(candidateId)}/expert-rating`,
        request,
      ),
    keyOf(groupId, 'internationalisation'),
  );
}

// ---- Step 6: consultation ---------------------------------------------------------------------

export function useRounds(groupId: string) {
  return useQuery({
    queryKey: keyOf(groupId, 'rounds'),
    queryFn: ({ signal }) => api.get<TRounds>(`${groupPath(groupId)}/rounds`, undefined, signal),
  });
}

export function useRound(groupId: string, roundId: string | null) {
  return useQuery({
    queryKey: keyOf(groupId, 'rounds', roundId ?? ''),
    queryFn: ({ signal }) =>
      api.get<TRound>(`${groupPath(groupId)}/rounds/${encodeURIComponent(roundId ?? '')}`, undefined, signal),
    enabled: Boolean(roundId),
  });
}

export function useCreateRound(groupId: string) {
  return useGroupMutation(groupId, (request: TRoundRequest) =>
    api.post<TRound>(`${groupPath(groupId)}/rounds`, request),
  );
}

export function useUpdateRound(groupId: string, roundId: string) {
  return useGroupMutation(
    groupId,
    (patch: TRoundPatch) =>
      api.patch<TRound>(`${groupPath(groupId)}/rounds/${encodeURIComponent(roundId)}`, patch),
    keyOf(groupId, 'rounds', roundId),
  );
}

export function useSaveResponse(groupId: string, roundId: string) {
  return useGroupMutation(
    groupId,
    ({ candidateId, ...request }: TResponseRequest & { candidateId: string }) =>
      api.put<TRound>(
        `${groupPath(groupId)}/rounds/${encodeURIComponent(roundId)}/responses/${encodeURIComponent(candidateId)}`,
        request,
      ),
    keyOf(groupId, 'rounds', roundId),
  );
}

// ---- Prioritisation ---------------------------------------------------------------------------

export function usePrioritisation(groupId: string) {
  return useQuery({
    queryKey: keyOf(groupId, 'prioritisation'),
    queryFn: ({ signal }) =>
      api.get<TPrioritisation>(`${groupPath(groupId)}/prioritisation`, undefined, signal),
  });
}

export function useSaveWeights(groupId: string) {
  return useGroupMutation(
    groupId,
    (request: TWeightsRequest) =>
      api.put<TPrioritisation>(`${groupPath(groupId)}/prioritisation/weights`, request),
    keyOf(groupId, 'prioritisation'),
  );
}

export function useSaveFinal(groupId: string) {
  return useGroupMutation(
    groupId,
    (candidateIds: string[]) =>
      api.put<TPrioritisation>(`${groupPath(groupId)}/prioritisation/final`, { candidateIds }),
    keyOf(groupId, 'prioritisation'),
  );
}

// ---- Step 7: strategy -------------------------------------------------------------------------

export function useStrategy(groupId: string) {
  return useQuery({
    queryKey: keyOf(groupId, 'strategy'),
    queryFn: ({ signal }) => api.get<TStrategy>(`${groupPath(groupId)}/strategy`, undefined, signal),
  });
}

export function useSaveStrategy(groupId: string) {
  return useGroupMutation(
    groupId,
    (request: TStrategyRequest) => api.put<TStrategy>(`${groupPath(groupId)}/strategy`, request),
    keyOf(groupId, 'strategy'),
  );
}

export function useSaveAction(groupId: string) {
  return useGroupMutation(
    groupId,
    ({ id, request }: { id: string | null; request: TActionRequest }) =>
      id
        ? api.put<TStrategy>(`${groupPath(groupId)}/actions/${encodeURIComponent(id)}`, request)
        : api.post<TStrategy>(`${groupPath(groupId)}/actions`, request),
    keyOf(groupId, 'strategy'),
  );
}

export function useDeleteAction(groupId: string) {
  return useGroupMutation(
    groupId,
    (id: string) => apiDeleteStrategy(`${groupPath(groupId)}/actions/${encodeURIComponent(id)}`),
    keyOf(groupId, 'strategy'),
  );
}

export function useSaveIndicator(groupId: string) {
  return useGroupMutation(
    groupId,
    ({ id, request }: { id: string | null; request: TIndicatorRequest }) =>
      id
        ? api.put<TStrategy>(`${groupPath(groupId)}/indicators/${encodeURIComponent(id)}`, request)
        : api.post<TStrategy>(`${groupPath(groupId)}/indicators`, request),
    keyOf(groupId, 'strategy'),
  );
}

export function useDeleteIndicator(groupId: string) {
  return useGroupMutation(
    groupId,
    (id: string) => apiDeleteStrategy(`${groupPath(groupId)}/indicators/${encodeURIComponent(id)}`),
    keyOf(groupId, 'strategy'),
  );
}

export function useAddMeasurement(groupId: string) {
  return useGroupMutation(
    groupId,
    ({ indicatorId, ...request }: TMeasurementRequest & { indicatorId: string }) =>
      api.post<TStrategy>(
        `${groupPath(groupId)}/indicators/${encodeURIComponent(indicatorId)}/measurements`,
        request,
      ),
    keyOf(groupId, 'strategy'),
  );
}

/** DELETE answering the new strategy (undefined when the server answers 204: the refetch then fills it). */
async function apiDeleteStrategy(path: string): Promise<TStrategy | undefined> {
  const result: unknown = await api.delete(path);
  return result as TStrategy | undefined;
}

export function strategyExportUrl(groupId: string, format: 'html' | 'pdf' | 'json'): string {
  return `${groupPath(groupId)}/strategy/export?format=${format}`;
}
