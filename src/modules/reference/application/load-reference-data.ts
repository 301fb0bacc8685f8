import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { readReferenceFiles } from '../infra/reference-files.ts';
import {
  countries,
  naceActivities,
  nutsRegions,
  referenceDataVersion,
  technologyFields,
  trlLevels,
} from '../infra/reference.tables.ts';

const BATCH = 500;

async function upsertAll<T>(rows: T[], write: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) await write(rows.slice(start, start + BATCH));
}

/**
 * Loads the committed classification files into the database, in one transaction.
 * Idempotent: rows are upserted, and nothing is done when the files have not changed since the last load.
 * Rows are never deleted, because organisations and datasets may refer to them.
 */
export async function loadReferenceData(db: Db): Promise<{ isChanged: boolean }> {
  const files = readReferenceFiles();
  const [current] = await db.select().from(referenceDataVersion).where(eq(referenceDataVersion.id, 1));
  if (current?.hash === files.hash) return { isChanged: false };

  const excluded = (column: string) => sql.raw(`excluded.${column}`);
  await db.transaction(async (tx) => {
    await upsertAll(files.countries, (batch) =>
      tx.insert(countries).values(batch).onConflictDoUpdate({
        target: countries.code,
        set: { eurostatCode: excluded('eurostat_code'), name: excluded('name') },
      }),
    );
    // Parents before children, so a reader never sees a dangling parent code.
    const nuts = [...files.nuts].sort((a, b) => a.level - b.level);
    await upsertAll(nuts, (batch) =>
      tx.insert(nutsRegions).values(batch).onConflictDoUpdate({
        target: nutsRegions.code,
        set: {
          level: excluded('level'),
          countryCode: excluded('country_code'),
          parentCode: excluded('parent_code'),
          name: excluded('name'),
        },
      }),
    );
    await upsertAll(files.nace, (batch) =>
      tx.insert(naceActivities).values(batch).onConflictDoUpdate({
        target: naceActivities.code,
        set: {
          eurostatCode: excluded('eurostat_code'),
          level: excluded('level'),
          parentCode: excluded('parent_code'),
          section: excluded('section'),
          name: excluded('name'),
        },
      }),
    );
    await tx
      .insert(technologyFields)
      .values(files['technology-fields'])
      .onConflictDoUpdate({ target: technologyFields.id, set: { sector: excluded('sector'), name: excluded('name') } });
    await tx
      .insert(trlLevels)
      .values(files.trl)
      .onConflictDoUpdate({ target: trlLevels.level, set: { name: excluded('name'), definition: excluded('definition') } });
    await tx
      .insert(referenceDataVersion)
      .values({ id: 1, hash: files.hash })
      .onConflictDoUpdate({ target: referenceDataVersion.id, set: { hash: files.hash } });
  });
  return { isChanged: true };
}
