// The engine's one entry point for callers: index documents, ask for the explained matches of one.
import { DEFAULT_MATCHING_CONFIG, type MatchingConfig, type SignalName } from './config.ts';
import { analyse, type MatchDoc, type MatchInput } from './document.ts';
import { MatchIndex, scorePair, type QueryOptions } from './match-index.ts';
import { explain, type CodeLabels, type Reason } from './reasons.ts';

export type SignalReport = { value: number; weight: number; contribution: number };

export type ExplainedMatch = {
  doc: MatchDoc;
  score: number;
  signals: Record<SignalName, SignalReport>;
  reasons: Reason[];
};

const NO_LABELS: CodeLabels = { nace: () => undefined, techField: () => undefined };

export class MatchingEngine {
  readonly index: MatchIndex;
  constructor(
    readonly config: MatchingConfig = DEFAULT_MATCHING_CONFIG,
    private readonly labels: CodeLabels = NO_LABELS,
  ) {
    this.index = new MatchIndex(config);
  }

  analyse(input: MatchInput): MatchDoc {
    return analyse(input, this.config);
  }

  add(inputs: Iterable<MatchInput>) {
    for (const input of inputs) this.index.upsert(this.analyse(input));
  }

  /** The best matches of a document (indexed or not), each with its signals and reasons. */
  matches(query: MatchInput | MatchDoc, options: QueryOptions): ExplainedMatch[] {
    const doc = 'input' in query ? query : (this.index.get(query.id) ?? this.analyse(query));
    const prepared = this.index.prepare(doc);
    return this.index.query(prepared, options).map(({ doc: candidate }) => {
      // Recomputed pair by pair for the explanation; the score is the same by construction.
      const scored = scorePair(prepared, candidate, this.config, options.now);
      if (!scored) throw new Error(`match ${candidate.input.id} vanished on explanation`);
      const signals = Object.fromEntries(
        Object.entries(scored.signals).map(([name, value]) => {
          const weight = this.config.weights[name as SignalName];
          return [name, { value: round(value), weight, contribution: round(weight * value) }];
        }),
      ) as Record<SignalName, SignalReport>;
      return {
        doc: candidate,
        score: scored.score,
        signals,
        reasons: explain(prepared, scored, this.config, this.labels, options.now),
      };
    });
  }
}

export const round = (value: number) => Math.round(value * 10_000) / 10_000;
