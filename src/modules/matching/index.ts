// The matching module's public surface.
export { matchingRoutes } from './http/matching.routes.ts';
export { profileMatches, caseMatches, saveMatchFeedback, type MatchingDeps } from './application/matches.ts';
export { matchingEngines } from './application/engines.ts';
export { parseProfilesJsonl, matchStandalone } from './application/standalone.ts';
export { matchBatch } from './application/batch.ts';
export { matchOutput, type MatchOutput } from './application/output.ts';
export { MatchingError } from './errors.ts';
export { runMatchDigest, type DigestResult } from './application/digest.ts';
export { feedbackMetrics, type FeedbackMetrics } from './application/feedback-metrics.ts';
