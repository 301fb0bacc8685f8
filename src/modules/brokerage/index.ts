// The brokerage (TIBS) module's public surface.
export * from './domain/codes.ts';
export type { DiagnosisData } from './domain/diagnosis.ts';
export { BrokerageError } from './errors.ts';
export type { BrokerageDeps } from './application/deps.ts';
export {
  openCase,
  addActivity,
  saveDiagnosis,
  updateCase,
  sendFollowUpReminders,
} from './application/cases.ts';
export {
  createProfile,
  transitionProfile,
  runProfileExpiry,
  readableProfile,
  publishedProfileSummaries,
} from './application/profiles.ts';
export { getCase, getDiagnosis } from './application/cases.ts';
export { profiles, cases, caseDiagnoses, interests, partnershipParties } from './infra/brokerage.tables.ts';
export { createRefsRepository } from './infra/refs.repository.ts';
export {
  ZProfileSummary,
  ZOrganisationRef,
  type TProfileSummary,
  type TOrganisationRef,
} from './contract.ts';
export { expressInterest, decideInterest } from './application/interests.ts';
export {
  sendReferral,
  decideReferral,
  addReferralMessage,
  proposeCandidate,
} from './application/referrals.ts';
export { recordPartnership } from './application/partnerships.ts';
export { updateBroker } from './application/brokers.ts';
export { replaceContacts } from './application/contacts.ts';
export { importOrganisations, IMPORT_COLUMNS } from './application/import-organisations.ts';
export { runDailyJobs, type DailyJobsResult } from './application/daily-jobs.ts';
export { casesRoutes } from './http/cases.routes.ts';
export { profilesRoutes } from './http/profiles.routes.ts';
export { networkRoutes } from './http/network.routes.ts';
