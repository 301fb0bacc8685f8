import { round, type ExplainedMatch } from '../domain/engine.ts';

export type MatchOutput = {
  id: string;
  score: number;
  signals: Record<string, { value: number; weight: number; contribution: number }>;
  reasons: string[];
};

/** A match as the CLI and the batch print it: id, score, signals and the reasons in English. */
export const matchOutput = (match: ExplainedMatch): MatchOutput => ({
  id: match.doc.input.id,
  score: round(match.score),
  signals: match.signals,
  reasons: match.reasons.map((reason) => reason.text),
});
