import { sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { createAuditRepository, notify, type Actor } from '../../accounts/index.ts';
import type {
  TActivityRequest,
  TActivityResponse,
  TAttachmentResponse,
  TCaseCreateRequest,
  TCaseResponse,
  TCaseUpdateRequest,
  TDiagnosisData,
  TDiagnosisResponse,
} from '../contract.ts';
import type { ActivityKind, CaseOutcome, CaseStage } from '../domain/codes.ts';
import { addDays, allowedCaseStages, isoDate } from '../domain/lifecycle.ts';
import { BrokerageError } from '../errors.ts';
import { canEditCase, canOpenCase, canReadCase, isAdmin } from '../policies.ts';
import { createCasesRepository, type CaseFilter, type CaseRow } from '../infra/cases.repository.ts';
import { createOrganisationsLookup } from '../infra/organisations.lookup.ts';
import { loadRefs, must, personOrNull, type Refs } from '../infra/refs.repository.ts';
import type { BrokerageDeps } from './deps.ts';

const notFound = (id: string) => new BrokerageError('NOT_FOUND', `No case ${id}.`);

/** Attachments are kept in the database; this keeps one case's files reasonable. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

export function caseView(actor: Actor, row: CaseRow, refs: Refs, today: string): TCaseResponse {
  const stage = row.stage as CaseStage;
  const outcome = row.outcome as CaseOutcome | null;
  return {
    id: row.id,
    title: row.title,
    stage,
    outcome,
    nextFollowUpOn: row.nextFollowUpOn,
    isFollowUpDue: stage !== 'closed' && row.nextFollowUpOn !== null && row.nextFollowUpOn <= today,
    organisation: must(refs.organisations, row.organisationId),
    broker: must(refs.people, row.brokerId),
    allowedStages: canEditCase(actor, row) ? allowedCaseStages(stage, outcome) : [],
    canEdit: canEditCase(actor, row),
    isDemo: row.isDemo,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    closedAt: row.closedAt?.toISOString() ?? null,
  };
}

export async function caseViews(
  db: Db,
  actor: Actor,
  rows: CaseRow[],
  today: string,
): Promise<TCaseResponse[]> {
  const refs = await loadRefs(db, {
    organisations: rows.map((r) => r.organisationId),
    people: rows.map((r) => r.brokerId),
  });
  return rows.map((row) => caseView(actor, row, refs, today));
}

/** Cases the actor may see: admins all; everyone else their own (as broker) and their organisations'. */
export function caseVisibility(actor: Actor): CaseFilter['visibleTo'] {
  return isAdmin(actor)
    ? undefined
    : { userId: actor.userId, organisationIds: actor.memberships.map((m) => m.organisationId) };
}

async function readableCase(db: Db, actor: Actor, id: string): Promise<CaseRow> {
  const row = await createCasesRepository(db).findById(id);
  // A case the actor may not read is reported as missing: its existence is confidential too.
  if (!row || !canReadCase(actor, row)) throw notFound(id);
  return row;
}

async function editableCase(db: Db, actor: Actor, id: string): Promise<CaseRow> {
  const row = await readableCase(db, actor, id);
  if (!canEditCase(actor, row))
    throw new BrokerageError('NOT_ALLOWED', 'Only the case broker and administrators can change this case.');
  return row;
}

export type CaseListInput = {
  q?: string | undefined;
  stage?: CaseStage | undefined;
  organisation?: string | undefined;
  broker?: string | undefined;
  due?: 'overdue' | 'week' | undefined;
  open?: 'true' | 'false' | undefined;
  limit: number;
  offset: number;
};

export async function listCases(deps: BrokerageDeps, actor: Actor, input: CaseListInput) {
  const today = isoDate(deps.clock());
  const dueBy =
    input.due === 'overdue' ? addDays(today, -1) : input.due === 'week' ? addDays(today, 7) : undefined;
  const { rows, total } = await createCasesRepository(deps.db).list({
    visibleTo: caseVisibility(actor),
    q: input.q,
    stage: input.stage,
    organisationId: input.organisation,
    brokerId: input.broker === 'me' ? actor.userId : input.broker,
    dueBy,
    isOpen: input.open === undefined ? undefined : input.open === 'true',
    limit: input.limit,
    offset: input.offset,
  });
  return { items: await caseViews(deps.db, actor, rows, today), total };
}

export async function getCase(deps: BrokerageDeps, actor: Actor, id: string): Promise<TCaseResponse> {
  const row = await readableCase(deps.db, actor, id);
  return (await caseViews(deps.db, actor, [row], isoDate(deps.clock())))[0] as TCaseResponse;
}

export async function openCase(
  deps: BrokerageDeps,
  actor: Actor | 'system',
  input: TCaseCreateRequest & { isDemo?: boolean },
) {
  if (actor !== 'system' && !canOpenCase(actor))
    throw new BrokerageError('NOT_ALLOWED', 'Only brokers and administrators open cases.');
  if (actor !== 'system' && input.brokerId && input.brokerId !== actor.userId && !isAdmin(actor)) {
    throw new BrokerageError('NOT_ALLOWED', 'Only administrators can open a case for another broker.', [
      { path: 'brokerId', message: 'must be yourself' },
    ]);
  }
  const brokerId = input.brokerId ?? (actor === 'system' ? null : actor.userId);
  if (!brokerId)
    throw new BrokerageError('INVALID_INPUT', 'Name the broker of the case.', [
      { path: 'brokerId', message: 'is required' },
    ]);
  return deps.db.transaction(async (tx) => {
    const lookup = createOrganisationsLookup(tx);
    if (!(await lookup.exists(input.organisationId))) {
      throw new BrokerageError('INVALID_REFERENCE', `No organisation ${input.organisationId}.`, [
        { path: 'organisationId', message: 'does not exist' },
      ]);
    }
    if (!(await lookup.isActiveBroker(brokerId))) {
      throw new BrokerageError(
        'INVALID_REFERENCE',
        'The case broker must be an active user with the broker role.',
        [{ path: 'brokerId', message: 'is not a broker' }],
      );
    }
    const created = await createCasesRepository(tx).insert({
      organisationId: input.organisationId,
      brokerId,
      title: input.title,
      stage: 'intake',
      nextFollowUpOn: input.nextFollowUpOn ?? null,
      isDemo: input.isDemo ?? false,
      createdBy: actor === 'system' ? null : actor.userId,
    });
    await createAuditRepository(tx).record({
      actorUserId: actor === 'system' ? null : actor.userId,
      action: 'case.open',
      targetType: 'case',
      targetId: created.id,
      details: { organisationId: created.organisationId, brokerId, title: created.title },
    });
    return created;
  });
}

export async function updateCase(deps: BrokerageDeps, actor: Actor, id: string, changes: TCaseUpdateRequest) {
  return deps.db.transaction(async (tx) => {
    const current = await editableCase(tx, actor, id);
    const update: Partial<CaseRow> = {};
    if (changes.title !== undefined) update.title = changes.title;
    if (changes.nextFollowUpOn !== undefined) update.nextFollowUpOn = changes.nextFollowUpOn;
    const stage = changes.stage ?? (current.stage as CaseStage);
    if (changes.stage !== undefined && changes.stage !== current.stage) {
      const allowed = allowedCaseStages(current.stage as CaseStage, current.outcome as CaseOutcome | null);
      if (!allowed.includes(changes.stage)) {
        throw new BrokerageError(
          'ILLEGAL_TRANSITION',
          `A case cannot move from ${current.stage} to ${changes.stage}; allowed: ${allowed.join(', ') || 'none (the case is closed)'}.`,
          [{ path: 'stage', message: `allowed: ${allowed.join(', ') || 'none'}` }],
        );
      }
      update.stage = changes.stage;
      update.closedAt = changes.stage === 'closed' ? deps.clock() : null;
    }
    if (stage === 'closed') {
      const outcome = changes.outcome === undefined ? current.outcome : changes.outcome;
      if (!outcome) {
        throw new BrokerageError('INVALID_INPUT', 'A closed case needs an outcome: won, lost or on_hold.', [
          { path: 'outcome', message: 'is required when closing' },
        ]);
      }
      update.outcome = outcome;
      update.nextFollowUpOn = changes.nextFollowUpOn ?? null;
    } else if (changes.outcome) {
      throw new BrokerageError('INVALID_INPUT', 'Only a closed case has an outcome.', [
        { path: 'outcome', message: 'only when the stage is closed' },
      ]);
    } else {
      update.outcome = null;
    }
    const updated = await createCasesRepository(tx).update(id, update, deps.clock());
    await createAuditRepository(tx).record({
      actorUserId: actor.userId,
      action: changes.stage && changes.stage !== current.stage ? 'case.move' : 'case.update',
      targetType: 'case',
      targetId: id,
      details: { changes, from: current.stage },
    });
    return (await caseViews(tx, actor, [updated], isoDate(deps.clock())))[0] as TCaseResponse;
  });
}

// Activity log

export async function listActivities(
  deps: BrokerageDeps,
  actor: Actor,
  caseId: string,
): Promise<TActivityResponse[]> {
  await readableCase(deps.db, actor, caseId);
  const rows = await createCasesRepository(deps.db).listActivities(caseId);
  const refs = await loadRefs(deps.db, { organisations: [], people: rows.map((r) => r.authorId) });
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind as ActivityKind,
    occurredOn: row.occurredOn,
    text: row.text,
    author: personOrNull(refs.people, row.authorId),
    createdAt: row.createdAt.toISOString(),
  }));
}

export async function addActivity(
  deps: BrokerageDeps,
  actor: Actor | 'system',
  caseId: string,
  input: TActivityRequest,
) {
  return deps.db.transaction(async (tx) => {
    if (actor !== 'system') await editableCase(tx, actor, caseId);
    const authorId = actor === 'system' ? null : actor.userId;
    const created = await createCasesRepository(tx).insertActivity({ caseId, ...input, authorId });
    await createAuditRepository(tx).record({
      actorUserId: authorId,
      action: 'case.activity',
      targetType: 'case',
      targetId: caseId,
      details: { kind: input.kind, occurredOn: input.occurredOn },
    });
    return created;
  });
}

// Attachments

function attachmentView(
  row: {
    id: string;
    fileName: string;
    mediaType: string;
    size: number;
    uploadedBy: string | null;
    createdAt: Date;
  },
  refs: Refs,
): TAttachmentResponse {
  return {
    ...row,
    uploadedBy: personOrNull(refs.people, row.uploadedBy),
    createdAt: row.createdAt.toISOString(),
  };
}

export async function listAttachments(
  deps: BrokerageDeps,
  actor: Actor,
  caseId: string,
): Promise<TAttachmentResponse[]> {
  await readableCase(deps.db, actor, caseId);
  const rows = await createCasesRepository(deps.db).listAttachments(caseId);
  const refs = await loadRefs(deps.db, { organisations: [], people: rows.map((r) => r.uploadedBy) });
  return rows.map((row) => attachmentView(row, refs));
}

export async function addAttachment(
  deps: BrokerageDeps,
  actor: Actor,
  caseId: string,
  file: { fileName: string; mediaType: string; content: Buffer },
) {
  if (file.content.length === 0)
    throw new BrokerageError('INVALID_INPUT', 'The file is empty.', [{ path: 'body', message: 'is empty' }]);
  if (file.content.length > MAX_ATTACHMENT_BYTES) {
    throw new BrokerageError(
      'FILE_TOO_LARGE',
      `Attachments are limited to ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB.`,
      [{ path: 'body', message: 'is too large' }],
    );
  }
  return deps.db.transaction(async (tx) => {
    await editableCase(tx, actor, caseId);
    const created = await createCasesRepository(tx).insertAttachment({
      caseId,
      ...file,
      size: file.content.length,
      uploadedBy: actor.userId,
    });
    await createAuditRepository(tx).record({
      actorUserId: actor.userId,
      action: 'case.attach',
      targetType: 'case',
      targetId: caseId,
      details: { fileName: file.fileName, size: file.content.length },
    });
    return attachmentView(created, await loadRefs(tx, { organisations: [], people: [actor.userId] }));
  });
}

export async function getAttachment(deps: BrokerageDeps, actor: Actor, caseId: string, attachmentId: string) {
  await readableCase(deps.db, actor, caseId);
  const found = await createCasesRepository(deps.db).findAttachment(caseId, attachmentId);
  if (!found) throw new BrokerageError('NOT_FOUND', `No attachment ${attachmentId} in this case.`);
  return found;
}

export async function deleteAttachment(
  deps: BrokerageDeps,
  actor: Actor,
  caseId: string,
  attachmentId: string,
) {
  await deps.db.transaction(async (tx) => {
    await editableCase(tx, actor, caseId);
    if (!(await createCasesRepository(tx).deleteAttachment(caseId, attachmentId))) {
      throw new BrokerageError('NOT_FOUND', `No attachment ${attachmentId} in this case.`);
    }
    await createAuditRepository(tx).record({
      actorUserId: actor.userId,
      action: 'case.detach',
      targetType: 'case',
      targetId: caseId,
      details: { attachmentId },
    });
  });
}

// Diagnosis (versioned)

export async function getDiagnosis(
  deps: BrokerageDeps,
  actor: Actor,
  caseId: string,
): Promise<TDiagnosisResponse> {
  const row = await readableCase(deps.db, actor, caseId);
  const cases = createCasesRepository(deps.db);
  const versions = await cases.diagnosisVersions(caseId);
  const latest = versions[0] ? await cases.diagnosis(caseId, versions[0].version) : undefined;
  const refs = await loadRefs(deps.db, { organisations: [], people: versions.map((v) => v.authorId) });
  const versionView = (v: { version: number; authorId: string | null; createdAt: Date }) => ({
    version: v.version,
    author: personOrNull(refs.people, v.authorId),
    createdAt: v.createdAt.toISOString(),
  });
  return {
    current: latest ? { ...versionView(latest), data: latest.data } : null,
    versions: versions.map(versionView),
    canEdit: canEditCase(actor, row),
  };
}

export async function getDiagnosisVersion(
  deps: BrokerageDeps,
  actor: Actor,
  caseId: string,
  version: number,
) {
  await readableCase(deps.db, actor, caseId);
  const found = await createCasesRepository(deps.db).diagnosis(caseId, version);
  if (!found) throw new BrokerageError('NOT_FOUND', `This case has no diagnosis version ${version}.`);
  const refs = await loadRefs(deps.db, { organisations: [], people: [found.authorId] });
  return {
    version: found.version,
    author: personOrNull(refs.people, found.authorId),
    createdAt: found.createdAt.toISOString(),
    data: found.data,
  };
}

/** Saving the diagnosis adds a version; the earlier ones stay readable. */
export async function saveDiagnosis(
  deps: BrokerageDeps,
  actor: Actor | 'system',
  caseId: string,
  data: TDiagnosisData,
) {
  await deps.db.transaction(async (tx) => {
    if (actor !== 'system') await editableCase(tx, actor, caseId);
    const cases = createCasesRepository(tx);
    // Serialises concurrent saves of one case, so two editors cannot take the same version number.
    await tx.execute(sql`select id from cases where id = ${caseId} for update`);
    const [latest] = await cases.diagnosisVersions(caseId);
    const version = (latest?.version ?? 0) + 1;
    const authorId = actor === 'system' ? null : actor.userId;
    await cases.insertDiagnosis({ caseId, version, data, authorId });
    await createAuditRepository(tx).record({
      actorUserId: authorId,
      action: 'case.diagnosis',
      targetType: 'case',
      targetId: caseId,
      details: { version },
    });
  });
}

/** Reminds each case's broker once per follow-up date that has come (in the app and by e-mail). */
export async function sendFollowUpReminders(deps: BrokerageDeps): Promise<number> {
  const today = isoDate(deps.clock());
  return deps.db.transaction(async (tx) => {
    const cases = createCasesRepository(tx);
    const due = await cases.dueForReminder(today);
    const refs = await loadRefs(tx, {
      organisations: due.map((c) => c.organisationId),
      people: due.map((c) => c.brokerId),
    });
    for (const row of due) {
      const client = must(refs.organisations, row.organisationId);
      await notify(
        tx,
        [must(refs.people, row.brokerId)],
        {
          kind: 'case.follow_up_due',
          title: `Follow-up due: ${client.name}`,
          body: `The follow-up of "${row.title}" (${client.name}, ${client.countryCode}) was planned for ${row.nextFollowUpOn}.`,
          link: `/cases/${row.id}`,
        },
        { publicUrl: deps.publicUrl },
      );
      await cases.update(row.id, { remindedFor: row.nextFollowUpOn }, row.updatedAt);
    }
    return due.length;
  });
}
