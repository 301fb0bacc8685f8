// Every module's tables, for the Drizzle client and drizzle-kit.
export * from './modules/reference/infra/reference.tables.ts';
export * from './modules/accounts/infra/accounts.tables.ts';
export * from './modules/s3/infra/s3.tables.ts';
export * from './modules/brokerage/infra/brokerage.tables.ts';
export * from './modules/matching/infra/matching.tables.ts';
export * from './modules/trans-s3/infra/trans-s3.tables.ts';
