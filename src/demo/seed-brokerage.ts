import type { Db } from '../platform/db/client.ts';
import type { Clock } from '../platform/clock.ts';
import { actorForUser, createOrganisation, type Actor } from '../modules/accounts/index.ts';
import {
  addActivity,
  addReferralMessage,
  CASE_STAGES,
  createProfile,
  decideInterest,
  decideReferral,
  expressInterest,
  openCase,
  proposeCandidate,
  recordPartnership,
  replaceContacts,
  saveDiagnosis,
  sendReferral,
  transitionProfile,
  updateBroker,
  updateCase,
  type BrokerageDeps,
} from '../modules/brokerage/index.ts';
import {
  DEMO_CASES,
  DEMO_CLIENTS,
  DEMO_INTERESTS,
  DEMO_PARTNERSHIPS,
  DEMO_PROFILES,
  DEMO_REFERRALS,
} from './brokerage-demo-data.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The regions each demo broker serves (NUTS 2021) and what they know. */
export const DEMO_BROKER_REGIONS: Record<
  string,
  { regions: string[]; competences: string[]; languages: string[] }
> = {
  'broker.pl@gosmart.example': {
    regions: ['PL84'],
    competences: ['Smart food', 'Health & life sciences', 'Advanced manufacturing'],
    languages: ['pl', 'en', 'ru'],
  },
  'broker.lv@gosmart.example': {
    regions: ['LV008'],
    competences: ['Forest bioeconomy', 'ICT & digitalisation', 'Smart food'],
    languages: ['lv', 'en', 'ru'],
  },
  'broker.ee@gosmart.example': {
    regions: ['EE008'],
    competences: ['Forest bioeconomy', 'Health & life sciences'],
    languages: ['et', 'en', 'lv'],
  },
  'broker.lt@gosmart.example': {
    regions: ['LT'],
    competences: ['Photonics & lasers', 'ICT & digitalisation', 'Smart food'],
    languages: ['lt', 'en', 'pl'],
  },
  'broker.fi@gosmart.example': {
    regions: ['FI1C4'],
    competences: ['Forest bioeconomy', 'Energy & circular economy', 'Maritime & logistics'],
    languages: ['fi', 'en', 'sv'],
  },
  'broker.de@gosmart.example': {
    regions: ['DE600'],
    competences: ['Maritime & logistics', 'Health & life sciences', 'Energy & circular economy'],
    languages: ['de', 'en'],
  },
  'broker.dk@gosmart.example': {
    regions: ['DK03'],
    competences: ['Energy & circular economy', 'Smart food', 'Advanced manufacturing'],
    languages: ['da', 'en', 'de'],
  },
};

const isoDay = (at: Date) => at.toISOString().slice(0, 10);

/** The client organisations of the demo (SMEs, R&D institutions, authorities of each region), by key, registered by their region's broker. */
export async function seedClients(db: Db, userIds: Map<string, string>): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const deps = { db, clock: () => new Date(), publicUrl: '' };
  for (const { key, contacts, brokerEmail, ...client } of DEMO_CLIENTS) {
    const brokerId = userIds.get(brokerEmail);
    const broker = brokerId ? await actorForUser(db, brokerId, 'cli') : undefined;
    if (!broker) throw new Error(`demo client ${key} names an unknown broker ${brokerEmail}`);
    const created = await createOrganisation({ db }, broker, { ...client, isDemo: true });
    ids.set(key, created.id);
    await replaceContacts(deps, broker, created.id, { contacts });
  }
  return ids;
}

/**
 * The TIBS demo through the same use cases the API uses, acting as the demo brokers: directory
 * entries, cases at every stage with diagnoses and activities, profiles through their lifecycle,
 * expressions of interest, two cross-border referrals and partnerships. Dates are relative to now.
 */
export async function seedBrokerage(
  db: Db,
  clock: Clock,
  ids: { organisations: Map<string, string>; users: Map<string, string> },
): Promise<{ cases: number; profiles: number; interests: number; referrals: number; partnerships: number }> {
  const now = clock();
  const at = (daysAgo: number): BrokerageDeps => ({
    db,
    clock: () => new Date(now.getTime() - daysAgo * DAY_MS),
    publicUrl: '',
  });
  const deps = at(0);
  const organisation = (key: string) => {
    const id = ids.organisations.get(key);
    if (!id) throw new Error(`demo data names an unknown organisation ${key}`);
    return id;
  };
  const actors = new Map<string, Actor>();
  const actor = async (email: string): Promise<Actor> => {
    const cached = actors.get(email);
    if (cached) return cached;
    const userId = ids.users.get(email);
    const found = userId ? await actorForUser(db, userId, 'cli') : undefined;
    if (!found) throw new Error(`demo data names an unknown user ${email}`);
    actors.set(email, found);
    return found;
  };

  for (const [email, entry] of Object.entries(DEMO_BROKER_REGIONS)) {
    const broker = await actor(email);
    await updateBroker(deps, broker, broker.userId, {
      ...entry,
      organisationId: broker.memberships[0]?.organisationId ?? null,
      bio: '',
    });
  }

  const caseIds = new Map<string, string>();
  for (const demoCase of DEMO_CASES) {
    const broker = await actor(demoCase.brokerEmail);
    const client = organisation(demoCase.organisationKey);
    const created = await openCase(at(demoCase.openedDaysAgo), broker, {
      organisationId: client,
      title: demoCase.title,
      isDemo: true,
    });
    caseIds.set(demoCase.key, created.id);
    // Along the pipeline one stage at a time, as a broker would; won cases went all the way before closing.
    const lastOpenStage =
      demoCase.stage !== 'closed'
        ? demoCase.stage
        : demoCase.outcome === 'won'
          ? 'follow_up'
          : 'partner_search';
    for (const stage of CASE_STAGES.slice(1, CASE_STAGES.indexOf(lastOpenStage) + 1))
      await updateCase(deps, broker, created.id, { stage });
    if (demoCase.stage === 'closed')
      await updateCase(deps, broker, created.id, { stage: 'closed', outcome: demoCase.outcome });
    if (demoCase.nextFollowUpInDays !== null && demoCase.stage !== 'closed') {
      await updateCase(deps, broker, created.id, {
        nextFollowUpOn: isoDay(new Date(now.getTime() + demoCase.nextFollowUpInDays * DAY_MS)),
      });
    }
    if (demoCase.diagnosis)
      await saveDiagnosis(at(demoCase.openedDaysAgo - 1), broker, created.id, demoCase.diagnosis);
    for (const activity of demoCase.activities) {
      await addActivity(deps, broker, created.id, {
        kind: activity.kind,
        occurredOn: isoDay(new Date(now.getTime() - activity.daysAgo * DAY_MS)),
        text: activity.text,
      });
    }
  }

  const profileIds = new Map<string, string>();
  for (const {
    key,
    organisationKey,
    deadlineInDays,
    status,
    publishedDaysAgo,
    ...profile
  } of DEMO_PROFILES) {
    const owner = DEMO_CLIENTS.find((c) => c.key === organisationKey);
    const broker = await actor(owner?.brokerEmail ?? '');
    const publishedAgo = publishedDaysAgo ?? 0;
    const created = await createProfile(at(publishedAgo + 3), broker, {
      ...profile,
      organisationId: organisation(organisationKey),
      caseId: caseIds.get(DEMO_CASES.find((c) => c.profileKeys.includes(key))?.key ?? '') ?? null,
      deadline: deadlineInDays === null ? null : isoDay(new Date(now.getTime() + deadlineInDays * DAY_MS)),
      isDemo: true,
    });
    profileIds.set(key, created.id);
    const steps = {
      draft: [],
      submitted: ['submit'],
      validated: ['submit', 'validate'],
      published: ['submit', 'validate', 'publish'],
    } as const;
    for (const [index, step] of steps[status].entries()) {
      await transitionProfile(at(publishedAgo + 2 - index), broker, created.id, step);
    }
  }

  const interestIds: string[] = [];
  for (const interest of DEMO_INTERESTS) {
    const sender = await actor(interest.fromUserEmail);
    const profileId = profileIds.get(interest.profileKey) ?? '';
    const created = await expressInterest(deps, sender, profileId, {
      message: interest.message,
      organisationId: organisation(interest.fromOrganisationKey),
      isDemo: true,
    });
    interestIds.push(created.id);
    if (interest.status === 'sent') continue;
    const owner = DEMO_CLIENTS.find(
      (c) => c.key === DEMO_PROFILES.find((p) => p.key === interest.profileKey)?.organisationKey,
    );
    const ownerBroker = await actor(owner?.brokerEmail ?? '');
    await decideInterest(
      deps,
      ownerBroker,
      created.id,
      interest.status === 'declined' ? 'decline' : 'accept',
      interest.responseMessage ?? undefined,
    );
    if (interest.status === 'introduced') await decideInterest(deps, ownerBroker, created.id, 'introduce');
  }

  const referralIds: string[] = [];
  for (const referral of DEMO_REFERRALS) {
    const from = await actor(referral.fromBrokerEmail);
    const to = await actor(referral.toBrokerEmail);
    const created = await sendReferral(deps, from, {
      toBrokerId: to.userId,
      clientOrganisationId: organisation(referral.clientKey),
      caseId: referral.caseKey ? (caseIds.get(referral.caseKey) ?? null) : null,
      profileId: referral.profileKey ? (profileIds.get(referral.profileKey) ?? null) : null,
      needSummary: referral.needSummary,
      isDemo: true,
    });
    referralIds.push(created.id);
    if (referral.status !== 'sent')
      await decideReferral(deps, to, created.id, referral.status === 'declined' ? 'decline' : 'accept');
    for (const message of referral.messages)
      await addReferralMessage(deps, await actor(message.authorEmail), created.id, message.text);
    for (const candidate of referral.candidates)
      await proposeCandidate(deps, to, created.id, {
        organisationId: organisation(candidate.organisationKey),
        note: candidate.note,
      });
    if (referral.status === 'closed') await decideReferral(deps, to, created.id, 'close');
  }

  for (const partnership of DEMO_PARTNERSHIPS) {
    await recordPartnership(deps, 'system', {
      type: partnership.type,
      title: partnership.title,
      description: partnership.description,
      agreedOn: isoDay(new Date(now.getTime() - partnership.agreedDaysAgo * DAY_MS)),
      partyIds: partnership.partyKeys.map(organisation),
      caseId: partnership.caseKey ? (caseIds.get(partnership.caseKey) ?? null) : null,
      profileId: partnership.profileKey ? (profileIds.get(partnership.profileKey) ?? null) : null,
      referralId:
        partnership.referralIndex === null ? null : (referralIds[partnership.referralIndex] ?? null),
      evidenceText: partnership.evidenceText,
      isDemo: true,
    });
  }
  return {
    cases: DEMO_CASES.length,
    profiles: DEMO_PROFILES.length,
    interests: interestIds.length,
    referrals: referralIds.length,
    partnerships: DEMO_PARTNERSHIPS.length,
  };
}
