// Matching a standalone set of profiles (JSON Lines), without the database: the CLI's
// `gosmart match --profiles FILE.jsonl` and the evaluation harness use it.
import { DEFAULT_MATCHING_CONFIG, type MatchingConfig } from '../domain/config.ts';
import type { MatchInput } from '../domain/document.ts';
import { MatchingEngine } from '../domain/engine.ts';
import { ZStandaloneProfile, type TStandaloneProfile } from '../contract.ts';
import { MatchingError } from '../errors.ts';
import { codeLabels } from './engines.ts';
import { matchOutput, type MatchOutput } from './output.ts';

/** An engine over a standalone set of profiles, with the names of codes for the reasons. */
export function standaloneEngine(inputs: MatchInput[], config: MatchingConfig = DEFAULT_MATCHING_CONFIG) {
  const engine = new MatchingEngine(config, codeLabels());
  engine.add(inputs);
  return engine;
}

export function standaloneInput(profile: TStandaloneProfile): MatchInput {
  return {
    id: profile.id,
    kind: 'profile',
    role: profile.type,
    title: profile.title,
    summary: profile.summary,
    description: profile.description,
    partnerSought: profile.partner_sought,
    nace: profile.nace,
    techFields: profile.tech_fields,
    s3Domains: profile.s3_domains,
    partnershipTypes: profile.partnership_types,
    country: profile.country,
    targetCountries: profile.target_countries,
    trl: profile.trl,
    stage: null,
    language: profile.language,
    helix: null,
    sizeClass: null,
    publishedAt: null,
    expiresAt: null,
    // Each standalone profile is its own organisation.
    organisationId: null,
  };
}

/** Parses JSON Lines; every error names the line and the field. Blank lines are skipped. */
export function parseProfilesJsonl(text: string): MatchInput[] {
  const inputs: MatchInput[] = [];
  const errors: { path: string; message: string }[] = [];
  const ids = new Set<string>();
  text.split(/\r?\n/).forEach((line, index) => {
    if (!line.trim()) return;
    const at = `line ${index + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      errors.push({ path: at, message: 'is not valid JSON' });
      return;
    }
    const parsed = ZStandaloneProfile.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push({ path: `${at}: ${issue.path.join('.') || 'profile'}`, message: issue.message });
      return;
    }
    if (ids.has(parsed.data.id)) errors.push({ path: `${at}: id`, message: `repeats id ${parsed.data.id}` });
    ids.add(parsed.data.id);
    inputs.push(standaloneInput(parsed.data));
  });
  if (errors.length > 0) {
    throw new MatchingError(
      'INVALID_INPUT',
      `${errors.length} error(s) in the profiles; nothing matched`,
      errors,
    );
  }
  return inputs;
}

/** Every profile's best `top` matches among the others, in input order. */
export function matchStandalone(
  inputs: MatchInput[],
  options: { top: number; now: number; config?: MatchingConfig },
): { results: { id: string; matches: MatchOutput[] }[] } {
  const engine = standaloneEngine(inputs, options.config);
  return {
    results: inputs.map((input) => ({
      id: input.id,
      matches: engine.matches(input, { top: options.top, now: options.now }).map(matchOutput),
    })),
  };
}
