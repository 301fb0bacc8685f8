// The engines an app instance keeps in memory: one index of published profiles, one of organisations.
// They are a cache of the database: each request first asks what changed since the last look
// (two indexed max() look-ups) and applies it, and the whole index is reloaded every 15 minutes,
// so instances behind a load balancer agree within one request and deletions are never kept long.
import type { Db } from '../../../platform/db/client.ts';
import { readReferenceFiles } from '../../reference/index.ts';
import { DEFAULT_MATCHING_CONFIG, type MatchingConfig } from '../domain/config.ts';
import { MatchingEngine } from '../domain/engine.ts';
import type { CodeLabels } from '../domain/reasons.ts';
import { createDocumentsRepository } from '../infra/documents.repository.ts';

const FULL_RELOAD_MS = 15 * 60_000;
/** Changes are read from a little before the last one seen, for transactions that committed late. */
const LOOKBACK_MS = 60_000;

let labels: CodeLabels | undefined;
/** English names of NACE codes and technology fields, from the reference files shipped in the repo. */
export function codeLabels(): CodeLabels {
  if (!labels) {
    const files = readReferenceFiles();
    const nace = new Map(files.nace.map((row) => [row.code, row.name]));
    const fields = new Map(files['technology-fields'].map((row) => [row.id, row.name]));
    labels = { nace: (code) => nace.get(code), techField: (field) => fields.get(field) };
  }
  return labels;
}

export type Engines = {
  profiles: MatchingEngine;
  organisations: MatchingEngine;
  /** Organisations with at least one published profile (left out of "organisations without a profile"). */
  withProfiles: Set<string>;
};

type Cached = Engines & {
  seen: { profiles: number; organisations: number };
  loadedAt: number;
};

const caches = new WeakMap<Db, { current?: Cached; pending?: Promise<Cached> }>();

async function load(db: Db, config: MatchingConfig, now: number): Promise<Cached> {
  const documents = createDocumentsRepository(db);
  const seen = await documents.latestChanges();
  const [published, organisations] = await Promise.all([
    documents.publishedProfiles(),
    documents.organisations(),
  ]);
  const profiles = new MatchingEngine(config, codeLabels());
  profiles.add(published);
  const organisationEngine = new MatchingEngine(config, codeLabels());
  organisationEngine.add(organisations);
  return {
    profiles,
    organisations: organisationEngine,
    withProfiles: new Set(published.map((p) => p.organisationId as string)),
    seen: { profiles: seen.profiles?.getTime() ?? 0, organisations: seen.organisations?.getTime() ?? 0 },
    loadedAt: now,
  };
}

async function refresh(db: Db, cached: Cached): Promise<Cached> {
  const documents = createDocumentsRepository(db);
  const latest = await documents.latestChanges();
  const [profilesAt, organisationsAt] = [
    latest.profiles?.getTime() ?? 0,
    latest.organisations?.getTime() ?? 0,
  ];
  if (profilesAt <= cached.seen.profiles && organisationsAt <= cached.seen.organisations) return cached;
  if (profilesAt > cached.seen.profiles) {
    for (const { input, isPublished } of await documents.profilesChangedSince(
      new Date(cached.seen.profiles - LOOKBACK_MS),
    )) {
      if (isPublished) cached.profiles.add([input]);
      else cached.profiles.index.remove(input.id);
    }
  }
  if (organisationsAt > cached.seen.organisations) {
    const changed = await documents.organisationsChangedSince(
      new Date(cached.seen.organisations - LOOKBACK_MS),
    );
    cached.organisations.add(changed);
    // Country, helix and size of an organisation are part of its profiles' documents.
    cached.profiles.add(await documents.publishedProfilesOf(changed.map((o) => o.id)));
  }
  cached.withProfiles = new Set(cached.profiles.index.all().map((doc) => doc.input.organisationId as string));
  cached.seen = { profiles: profilesAt, organisations: organisationsAt };
  return cached;
}

/** The engines of this database, brought up to date. One load or refresh runs at a time per database. */
export async function matchingEngines(
  db: Db,
  now: Date,
  config: MatchingConfig = DEFAULT_MATCHING_CONFIG,
): Promise<Engines> {
  let entry = caches.get(db);
  if (!entry) caches.set(db, (entry = {}));
  const state = entry;
  while (state.pending) await state.pending;
  const current = state.current;
  const work =
    current && current.loadedAt + FULL_RELOAD_MS > now.getTime() && current.profiles.config === config
      ? refresh(db, current)
      : load(db, config, now.getTime());
  state.pending = work;
  try {
    state.current = await work;
    return state.current;
  } finally {
    state.pending = undefined;
  }
}
