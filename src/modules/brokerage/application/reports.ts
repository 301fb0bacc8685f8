import { exportTable } from '../../../platform/spreadsheet.ts';
import type { Actor } from '../../accounts/index.ts';
import { listCases, type CaseListInput } from './cases.ts';
import type { BrokerageDeps } from './deps.ts';
import { listPartnerships, type PartnershipListInput } from './partnerships.ts';

const ALL = { limit: 100_000, offset: 0 };

/** The cases the actor may see (with the list's filters), for reporting (CSV or XLSX). */
export async function exportCases(
  deps: BrokerageDeps,
  actor: Actor,
  format: 'csv' | 'xlsx',
  filter: Omit<CaseListInput, 'limit' | 'offset'> = {},
) {
  const { items } = await listCases(deps, actor, { ...filter, ...ALL });
  return exportTable({
    format,
    sheetName: 'Cases',
    columns: [
      'id',
      'title',
      'client',
      'client_country',
      'client_nuts',
      'client_size',
      'broker',
      'broker_email',
      'stage',
      'outcome',
      'next_follow_up',
      'opened',
      'closed',
    ],
    rows: items.map((c) => ({
      id: c.id,
      title: c.title,
      client: c.organisation.name,
      client_country: c.organisation.countryCode,
      client_nuts: c.organisation.nutsCode,
      client_size: c.organisation.sizeClass,
      broker: c.broker.name,
      broker_email: c.broker.email,
      stage: c.stage,
      outcome: c.outcome,
      next_follow_up: c.nextFollowUpOn,
      opened: c.createdAt.slice(0, 10),
      closed: c.closedAt?.slice(0, 10) ?? null,
    })),
  });
}

/** Partnerships (the network's results) the actor may see (with the list's filters), one row each with its parties. */
export async function exportPartnerships(
  deps: BrokerageDeps,
  actor: Actor,
  format: 'csv' | 'xlsx',
  filter: Omit<PartnershipListInput, 'limit' | 'offset'> = {},
) {
  const { items } = await listPartnerships(deps, actor, { ...filter, ...ALL });
  return exportTable({
    format,
    sheetName: 'Partnerships',
    columns: [
      'id',
      'agreed_on',
      'type',
      'title',
      'parties',
      'countries',
      'cross_border',
      'profile_reference',
      'case_id',
      'referral_id',
      'evidence',
    ],
    rows: items.map((p) => ({
      id: p.id,
      agreed_on: p.agreedOn,
      type: p.type,
      title: p.title,
      parties: p.parties.map((party) => party.name).join('; '),
      countries: [...new Set(p.parties.map((party) => party.countryCode))].join('; '),
      cross_border: p.isCrossBorder ? 'yes' : 'no',
      profile_reference: p.profile?.reference ?? null,
      case_id: p.caseId,
      referral_id: p.referralId,
      evidence: p.evidenceText,
    })),
  });
}
