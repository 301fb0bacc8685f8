import type { Actor } from '../../accounts/index.ts';
import type { TWorkspaceResponse } from '../contract.ts';
import { CASE_STAGES, type CaseStage } from '../domain/codes.ts';
import { addDays, isoDate } from '../domain/lifecycle.ts';
import { createAccessRepository } from '../infra/access.repository.ts';
import { createCasesRepository } from '../infra/cases.repository.ts';
import { loadRefs, must } from '../infra/refs.repository.ts';
import { isAdmin, isBroker } from '../policies.ts';
import { brokerViews } from './brokers.ts';
import { caseViews, caseVisibility } from './cases.ts';
import type { BrokerageDeps } from './deps.ts';
import { listInterests } from './interests.ts';
import { listProfiles } from './profiles.ts';
import { listReferrals } from './referrals.ts';

const FIRST = { limit: 10, offset: 0 };

/** The home screen in one call: a broker's pipeline and to-dos, or an SME's organisations, interests and brokers. */
export async function getWorkspace(deps: BrokerageDeps, actor: Actor): Promise<TWorkspaceResponse> {
  const today = isoDate(deps.clock());
  const isBrokerage = isBroker(actor) || isAdmin(actor);
  const cases = createCasesRepository(deps.db);
  const visibleTo = isBroker(actor) ? { userId: actor.userId, organisationIds: [] } : caseVisibility(actor);
  const [counts, due, referrals, interests, toValidate] = await Promise.all([
    isBrokerage ? cases.countByStage({ visibleTo }) : Promise.resolve([]),
    isBrokerage
      ? cases.list({ visibleTo, dueBy: addDays(today, 7), ...FIRST })
      : Promise.resolve({ rows: [], total: 0 }),
    isBrokerage
      ? listReferrals(deps, actor, { direction: 'incoming', ...FIRST })
      : Promise.resolve({ items: [], total: 0 }),
    listInterests(deps, actor, { direction: 'received', status: 'sent', ...FIRST }),
    isBrokerage
      ? listProfiles(deps, actor, { scope: 'to_validate', ...FIRST })
      : Promise.resolve({ items: [], total: 0 }),
  ]);
  const organisationIds = actor.memberships.map((m) => m.organisationId);
  const refs = await loadRefs(deps.db, { organisations: organisationIds, people: [] });
  // An SME's brokers: those of its open cases, else those serving its region (one entry per broker).
  const brokersById = new Map<string, { id: string; name: string; email: string }>();
  if (!isBrokerage) {
    const access = createAccessRepository(deps.db);
    for (const id of organisationIds)
      for (const broker of await access.brokersOf(id)) brokersById.set(broker.id, broker);
  }
  const brokers = await brokerViews(deps.db, [...brokersById.values()]);
  return {
    role: actor.role,
    pipeline: isBrokerage
      ? CASE_STAGES.map((stage: CaseStage) => ({
          stage,
          count: Number(counts.find((c) => c.stage === stage)?.count ?? 0),
        }))
      : [],
    followUpsDue: await caseViews(deps.db, actor, due.rows, today),
    incomingReferrals: referrals.items.filter((r) => r.status === 'sent' || r.status === 'accepted'),
    interestsToAnswer: interests.items,
    profilesToValidate: toValidate.items,
    myOrganisations: organisationIds.map((id) => must(refs.organisations, id)),
    myBrokers: brokers,
  };
}
