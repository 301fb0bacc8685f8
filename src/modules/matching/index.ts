// The matching module's public surface.
export { matchingRoutes } from './http/matching.routes.ts';
export { profileMatches, caseMatches, saveMatchFeedback, type MatchingDeps } from './application/matches.ts';
export { matchingEngines } from './application/engines.ts';
export { parseProfilesJsonl, matchStandalone, matchOutput } from './application/standalone.ts';
export { MatchingError } from './errors.ts';
export { runMatchDigest, type DigestResult } from './application/digest.ts';
