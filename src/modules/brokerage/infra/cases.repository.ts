import {
  and,
  asc,
  count,
  desc,
  eq,
  ilike,
  inArray,
  isNotNull,
  lte,
  ne,
  or,
  sql,
  type SQL,
} from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { organisations } from '../../accounts/index.ts';
import { caseActivities, caseAttachments, caseDiagnoses, cases } from './brokerage.tables.ts';

export type CaseRow = typeof cases.$inferSelect;
export type CaseFilter = {
  /** Limits to what the actor may see; undefined = everything (admins). */
  visibleTo?: { userId: string; organisationIds: string[] };
  q?: string;
  stage?: string;
  organisationId?: string;
  brokerId?: string;
  dueBy?: string;
  isOpen?: boolean;
  limit: number;
  offset: number;
};

/** An attachment without its content, for lists. */
const attachmentListing = {
  id: caseAttachments.id,
  fileName: caseAttachments.fileName,
  mediaType: caseAttachments.mediaType,
  size: caseAttachments.size,
  uploadedBy: caseAttachments.uploadedBy,
  createdAt: caseAttachments.createdAt,
};

export function createCasesRepository(db: Db) {
  const where = (filter: Omit<CaseFilter, 'limit' | 'offset'>): SQL | undefined =>
    and(
      filter.visibleTo
        ? or(
            eq(cases.brokerId, filter.visibleTo.userId),
            filter.visibleTo.organisationIds.length > 0
              ? inArray(cases.organisationId, filter.visibleTo.organisationIds)
              : undefined,
          )
        : undefined,
      filter.q
        ? or(ilike(cases.title, `%${filter.q}%`), ilike(organisations.name, `%${filter.q}%`))
        : undefined,
      filter.stage ? eq(cases.stage, filter.stage) : undefined,
      filter.organisationId ? eq(cases.organisationId, filter.organisationId) : undefined,
      filter.brokerId ? eq(cases.brokerId, filter.brokerId) : undefined,
      filter.dueBy
        ? and(
            isNotNull(cases.nextFollowUpOn),
            lte(cases.nextFollowUpOn, filter.dueBy),
            ne(cases.stage, 'closed'),
          )
        : undefined,
      filter.isOpen === undefined
        ? undefined
        : filter.isOpen
          ? ne(cases.stage, 'closed')
          : eq(cases.stage, 'closed'),
    );
  return {
    async insert(row: typeof cases.$inferInsert): Promise<CaseRow> {
      const [created] = await db.insert(cases).values(row).returning();
      if (!created) throw new Error('insert into cases returned no row');
      return created;
    },
    async findById(id: string): Promise<CaseRow | undefined> {
      return (await db.select().from(cases).where(eq(cases.id, id)))[0];
    },
    async update(id: string, changes: Partial<typeof cases.$inferInsert>, at: Date): Promise<CaseRow> {
      const [row] = await db
        .update(cases)
        .set({ ...changes, updatedAt: at })
        .where(eq(cases.id, id))
        .returning();
      if (!row) throw new Error(`case ${id} vanished during update`);
      return row;
    },
    async list(filter: CaseFilter) {
      const condition = where(filter);
      const rows = await db
        .select({ record: cases })
        .from(cases)
        .innerJoin(organisations, eq(organisations.id, cases.organisationId))
        .where(condition)
        .orderBy(sql`${cases.nextFollowUpOn} asc nulls last`, desc(cases.updatedAt), asc(cases.id))
        .limit(filter.limit)
        .offset(filter.offset);
      const [total] = await db
        .select({ value: count() })
        .from(cases)
        .innerJoin(organisations, eq(organisations.id, cases.organisationId))
        .where(condition);
      return { rows: rows.map((r) => r.record), total: total?.value ?? 0 };
    },
    async countByStage(filter: Omit<CaseFilter, 'limit' | 'offset'>) {
      return db
        .select({ stage: cases.stage, count: count() })
        .from(cases)
        .innerJoin(organisations, eq(organisations.id, cases.organisationId))
        .where(where(filter))
        .groupBy(cases.stage);
    },
    /** Open cases whose follow-up date has come and that were not yet reminded for that date. */
    async dueForReminder(today: string): Promise<CaseRow[]> {
      return db
        .select()
        .from(cases)
        .where(
          and(
            ne(cases.stage, 'closed'),
            lte(cases.nextFollowUpOn, today),
            sql`(${cases.remindedFor} is null or ${cases.remindedFor} <> ${cases.nextFollowUpOn})`,
          ),
        );
    },

    async listActivities(caseId: string) {
      return db
        .select()
        .from(caseActivities)
        .where(eq(caseActivities.caseId, caseId))
        .orderBy(desc(caseActivities.occurredOn), desc(caseActivities.createdAt));
    },
    async insertActivity(row: typeof caseActivities.$inferInsert) {
      const [created] = await db.insert(caseActivities).values(row).returning();
      if (!created) throw new Error('insert into case_activities returned no row');
      return created;
    },

    async listAttachments(caseId: string) {
      return db
        .select(attachmentListing)
        .from(caseAttachments)
        .where(eq(caseAttachments.caseId, caseId))
        .orderBy(desc(caseAttachments.createdAt));
    },
    async insertAttachment(row: typeof caseAttachments.$inferInsert) {
      const [created] = await db.insert(caseAttachments).values(row).returning(attachmentListing);
      if (!created) throw new Error('insert into case_attachments returned no row');
      return created;
    },
    async findAttachment(caseId: string, id: string) {
      return (
        await db
          .select()
          .from(caseAttachments)
          .where(and(eq(caseAttachments.caseId, caseId), eq(caseAttachments.id, id)))
      )[0];
    },
    async deleteAttachment(caseId: string, id: string): Promise<boolean> {
      const rows = await db
        .delete(caseAttachments)
        .where(and(eq(caseAttachments.caseId, caseId), eq(caseAttachments.id, id)))
        .returning({ id: caseAttachments.id });
      return rows.length > 0;
    },

    async diagnosisVersions(caseId: string) {
      return db
        .select({
          version: caseDiagnoses.version,
          authorId: caseDiagnoses.authorId,
          createdAt: caseDiagnoses.createdAt,
        })
        .from(caseDiagnoses)
        .where(eq(caseDiagnoses.caseId, caseId))
        .orderBy(desc(caseDiagnoses.version));
    },
    async diagnosis(caseId: string, version: number) {
      return (
        await db
          .select()
          .from(caseDiagnoses)
          .where(and(eq(caseDiagnoses.caseId, caseId), eq(caseDiagnoses.version, version)))
      )[0];
    },
    async insertDiagnosis(row: typeof caseDiagnoses.$inferInsert) {
      await db.insert(caseDiagnoses).values(row);
    },
  };
}
