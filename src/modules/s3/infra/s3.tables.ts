import { sql } from 'drizzle-orm';
import { boolean, doublePrecision, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../accounts/index.ts';

export type RecodingNote = { original: string; code2021: string | null; kind: string; note: string };

/** One imported measure: a region × activity × year matrix. */
export const s3Datasets = pgTable(
  's3_datasets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    sourceFile: text('source_file').notNull(),
    format: text('format').notNull(),
    /** The values chosen for the file's extra dimensions, e.g. { indic_sb: 'V16110' }. */
    selection: jsonb('selection').$type<Record<string, string>>().notNull().default({}),
    measure: text('measure').notNull(),
    unit: text('unit'),
    activityDimension: text('activity_dimension').notNull(),
    /** Years in the order of each series' values array. */
    years: integer('years').array().notNull(),
    regionCount: integer('region_count').notNull(),
    activityCount: integer('activity_count').notNull(),
    observationCount: integer('observation_count').notNull(),
    missingNotAvailable: integer('missing_not_available').notNull().default(0),
    missingConfidential: integer('missing_confidential').notNull().default(0),
    recodingNotes: jsonb('recoding_notes').$type<RecodingNote[]>().notNull().default([]),
    isDemo: boolean('is_demo').notNull().default(false),
    importedBy: uuid('imported_by').references(() => users.id, { onDelete: 'set null' }),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [uniqueIndex('s3_datasets_name_key').on(sql`lower(${table.name})`)],
);

/** The values of one region in one activity, one element per dataset year (null = missing). */
export const s3Series = pgTable(
  's3_series',
  {
    datasetId: uuid('dataset_id')
      .notNull()
      .references(() => s3Datasets.id, { onDelete: 'cascade' }),
    region: text('region').notNull(),
    /** The code in the imported file, before translation to NUTS 2021. */
    originalRegion: text('original_region').notNull(),
    regionLevel: smallint('region_level').notNull(),
    activity: text('activity').notNull(),
    values: doublePrecision('values').array().$type<(number | null)[]>().notNull(),
    flags: text('flags').array().notNull(),
    observed: integer('observed').notNull(),
  },
  (table) => [
    index('s3_series_dataset_region_idx').on(table.datasetId, table.region),
    index('s3_series_dataset_activity_idx').on(table.datasetId, table.activity),
  ],
);
