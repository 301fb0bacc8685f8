// The reference module's public surface.
export * from './domain/classifications.ts';
export { countries, nutsRegions, naceActivities, technologyFields, trlLevels } from './infra/reference.tables.ts';
export { createReferenceRepository, type ReferenceRepository } from './infra/reference.repository.ts';
export { loadReferenceData } from './application/load-reference-data.ts';
export { readReferenceFiles } from './infra/reference-files.ts';
export { referenceRoutes } from './http/reference.routes.ts';
