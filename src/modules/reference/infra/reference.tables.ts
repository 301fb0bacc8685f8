import { index, integer, pgTable, smallint, text } from 'drizzle-orm/pg-core';

export const countries = pgTable('countries', {
  code: text('code').primaryKey(),
  eurostatCode: text('eurostat_code').notNull().unique(),
  name: text('name').notNull(),
});

export const nutsRegions = pgTable(
  'nuts_regions',
  {
    code: text('code').primaryKey(),
    level: smallint('level').notNull(),
    countryCode: text('country_code').notNull(),
    parentCode: text('parent_code'),
    name: text('name').notNull(),
  },
  (table) => [
    index('nuts_regions_parent_idx').on(table.parentCode),
    index('nuts_regions_country_level_idx').on(table.countryCode, table.level),
  ],
);

export const naceActivities = pgTable(
  'nace_activities',
  {
    code: text('code').primaryKey(),
    eurostatCode: text('eurostat_code').notNull().unique(),
    level: smallint('level').notNull(),
    parentCode: text('parent_code'),
    section: text('section').notNull(),
    name: text('name').notNull(),
  },
  (table) => [index('nace_activities_parent_idx').on(table.parentCode)],
);

export const technologyFields = pgTable('technology_fields', {
  id: integer('id').primaryKey(),
  sector: text('sector').notNull(),
  name: text('name').notNull(),
});

export const trlLevels = pgTable('trl_levels', {
  level: smallint('level').primaryKey(),
  name: text('name').notNull(),
  definition: text('definition').notNull(),
});

/** One row: the hash of the reference files last loaded, so start-up skips an unchanged load. */
export const referenceDataVersion = pgTable('reference_data_version', {
  id: smallint('id').primaryKey(),
  hash: text('hash').notNull(),
});
