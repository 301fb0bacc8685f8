// The Trans-S3 module's public surface.
export * from './infra/trans-s3.tables.ts';
export { TransS3Error } from './errors.ts';
export { createGroup } from './application/groups.ts';
export { importPriorityRows } from './application/priorities.ts';
export { transS3GroupRoutes } from './http/groups.routes.ts';
export { transS3StepRoutes } from './http/steps.routes.ts';
export { transS3ConsultationRoutes } from './http/consultation.routes.ts';
export { transS3StrategyRoutes } from './http/strategy.routes.ts';
