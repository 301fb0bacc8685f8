// Ranked, explained matches for a profile or a case, shaped for the API and the web app.
import { createAuditRepository, type Actor } from '../../accounts/index.ts';
import {
  getCase,
  getDiagnosis,
  publishedProfileSummaries,
  createRefsRepository,
  readableProfile,
} from '../../brokerage/index.ts';
import type { Clock } from '../../../platform/clock.ts';
import type { Db } from '../../../platform/db/client.ts';
import type { MatchDoc, MatchInput } from '../domain/document.ts';
import type { ExplainedMatch, MatchingEngine } from '../domain/engine.ts';
import type { TMatch, TMatchFeedback, TMatchesResponse, TMatchQuery } from '../contract.ts';
import { MatchingError } from '../errors.ts';
import { clientInput, createDocumentsRepository } from '../infra/documents.repository.ts';
import { candidateKey, createFeedbackRepository, type QueryKey } from '../infra/feedback.repository.ts';
import { matchingEngines, type Engines } from './engines.ts';

export type MatchingDeps = { db: Db; clock: Clock; publicUrl: string };

const canSeeOrganisationMatches = (actor: Actor) => actor.role === 'broker' || actor.role === 'admin';

/** The filters of the request, plus the user's dismissed matches unless asked for. */
function acceptFor(query: TMatchQuery, verdicts: Map<string, string>) {
  return (doc: MatchDoc) => {
    const { input } = doc;
    if (query.country.length > 0 && (input.country === null || !query.country.includes(input.country)))
      return false;
    if (query.type.length > 0 && !(query.type as string[]).includes(input.role)) return false;
    if (query.helix.length > 0 && (input.helix === null || !(query.helix as string[]).includes(input.helix)))
      return false;
    const kind = input.kind === 'organisation' ? 'organisation' : 'profile';
    return query.includeDismissed || verdicts.get(candidateKey(kind, input.id)) !== 'not_relevant';
  };
}

async function present(db: Db, matches: ExplainedMatch[], verdicts: Map<string, string>): Promise<TMatch[]> {
  const profileIds = matches.filter((m) => m.doc.input.kind === 'profile').map((m) => m.doc.input.id);
  const organisationIds = [...new Set(matches.map((m) => m.doc.input.organisationId as string))];
  const documents = createDocumentsRepository(db);
  const [summaries, organisations, brokers] = await Promise.all([
    publishedProfileSummaries(db, profileIds),
    createRefsRepository(db).organisations(organisationIds),
    documents.brokersOf(organisationIds),
  ]);
  const items: TMatch[] = [];
  for (const match of matches) {
    const { input } = match.doc;
    const organisation = organisations.get(input.organisationId as string);
    const profile = input.kind === 'profile' ? summaries.get(input.id) : null;
    // Withdrawn or deleted since the index last looked: never shown.
    if (!organisation || profile === undefined) continue;
    const kind = input.kind === 'organisation' ? 'organisation' : 'profile';
    items.push({
      rank: items.length + 1,
      kind,
      profile,
      organisation,
      score: Math.round(match.score * 10_000) / 10_000,
      signals: match.signals,
      reasons: match.reasons,
      brokers: brokers.get(organisation.id) ?? [],
      feedback: (verdicts.get(candidateKey(kind, input.id)) as TMatch['feedback'] | undefined) ?? null,
    });
  }
  return items;
}

async function run(
  deps: MatchingDeps,
  actor: Actor,
  key: QueryKey & { title: string },
  query: TMatchQuery,
  pickEngine: (engines: Engines) => { engine: MatchingEngine; accept?: (doc: MatchDoc) => boolean },
  queryDoc: (engine: MatchingEngine) => Promise<MatchInput | MatchDoc>,
): Promise<TMatchesResponse> {
  const started = performance.now();
  const now = deps.clock();
  const [engines, verdicts] = await Promise.all([
    matchingEngines(deps.db, now),
    createFeedbackRepository(deps.db).verdicts(actor.userId, key),
  ]);
  const { engine, accept } = pickEngine(engines);
  const filter = acceptFor(query, verdicts);
  const matches = engine.matches(await queryDoc(engine), {
    top: query.top,
    now: now.getTime(),
    accept: accept ? (doc) => accept(doc) && filter(doc) : filter,
  });
  return {
    query: { kind: key.queryKind, id: key.queryId, title: key.title },
    items: await present(deps.db, matches, verdicts),
    indexed: engine.index.documentCount,
    tookMs: Math.round(performance.now() - started),
  };
}

/** Which engine a query of `kind` searches; organisations only for brokers and administrators. */
function engineFor(actor: Actor, query: TMatchQuery) {
  if (query.kind === 'organisations' && !canSeeOrganisationMatches(actor)) {
    throw new MatchingError(
      'NOT_ALLOWED',
      'Only brokers and administrators search organisations without a profile.',
    );
  }
  return (engines: Engines) =>
    query.kind === 'organisations'
      ? { engine: engines.organisations, accept: (doc: MatchDoc) => !engines.withProfiles.has(doc.input.id) }
      : { engine: engines.profiles };
}

/** The matches of a profile the actor may open; the profile may be a draft. */
export async function profileMatches(
  deps: MatchingDeps,
  actor: Actor,
  profileId: string,
  query: TMatchQuery,
): Promise<TMatchesResponse> {
  const row = await readableProfile(deps, actor, profileId);
  const pick = engineFor(actor, query);
  return run(
    deps,
    actor,
    { queryKind: 'profile', queryId: row.id, title: row.title },
    query,
    pick,
    async (engine) => {
      const indexed = engine.index.get(row.id);
      if (indexed) return indexed;
      const input = await createDocumentsRepository(deps.db).profile(row.id);
      if (!input) throw new MatchingError('NOT_FOUND', `No profile ${profileId}.`);
      return input;
    },
  );
}

async function clientOfCase(deps: MatchingDeps, actor: Actor, caseId: string) {
  const found = await getCase(deps, actor, caseId);
  const diagnosis = (await getDiagnosis(deps, actor, caseId)).current?.data ?? null;
  const organisation = await createDocumentsRepository(deps.db).organisation(found.organisation.id);
  if (!organisation) throw new MatchingError('NOT_FOUND', `No organisation ${found.organisation.id}.`);
  return { found, input: clientInput({ id: found.id, title: found.title }, organisation, diagnosis) };
}

export async function caseMatches(
  deps: MatchingDeps,
  actor: Actor,
  caseId: string,
  query: TMatchQuery,
): Promise<TMatchesResponse> {
  const { found, input } = await clientOfCase(deps, actor, caseId);
  const pick = engineFor(actor, query);
  return run(
    deps,
    actor,
    { queryKind: 'case', queryId: found.id, title: found.title },
    query,
    pick,
    async () => input,
  );
}

/** Records (or takes back) a user's verdict on a match of a profile or case they may open. */
export async function saveMatchFeedback(deps: MatchingDeps, actor: Actor, input: TMatchFeedback) {
  if (input.queryKind === 'profile') await readableProfile(deps, actor, input.queryId);
  else await getCase(deps, actor, input.queryId);
  await deps.db.transaction(async (tx) => {
    const repository = createFeedbackRepository(tx);
    const key = {
      userId: actor.userId,
      queryKind: input.queryKind,
      queryId: input.queryId,
      candidateKind: input.candidateKind,
      candidateId: input.candidateId,
    };
    if (input.verdict === null) await repository.remove(key);
    else
      await repository.save(
        { ...key, verdict: input.verdict, rank: input.rank, score: input.score, signals: input.signals },
        deps.clock(),
      );
    await createAuditRepository(tx).record({
      actorUserId: actor.userId,
      action: 'match.feedback',
      targetType: input.queryKind,
      targetId: input.queryId,
      details: {
        candidateKind: input.candidateKind,
        candidateId: input.candidateId,
        verdict: input.verdict,
        rank: input.rank,
      },
    });
  });
  return { verdict: input.verdict };
}
