import { accountsPolicies, createAuditRepository, type Actor } from '../../accounts/index.ts';
import type { TContactsRequest, TContactsResponse } from '../contract.ts';
import { BrokerageError } from '../errors.ts';
import { createContactsRepository } from '../infra/network.repository.ts';
import { createOrganisationsLookup } from '../infra/organisations.lookup.ts';
import { isAdmin, isBroker, isMemberOf } from '../policies.ts';
import type { BrokerageDeps } from './deps.ts';
import { contactView } from './interests.ts';
import { organisationFacts } from './profile-access.ts';

async function access(deps: BrokerageDeps, actor: Actor, organisationId: string) {
  if (!(await createOrganisationsLookup(deps.db).exists(organisationId)))
    throw new BrokerageError('NOT_FOUND', `No organisation ${organisationId}.`);
  const facts = await organisationFacts(deps.db, actor, organisationId);
  const isOwnSide =
    isAdmin(actor) || isMemberOf(actor, organisationId) || (isBroker(actor) && facts.isResponsibleBroker);
  const canEdit =
    isAdmin(actor) ||
    accountsPolicies.isOrganisationManager(actor, organisationId) ||
    (isBroker(actor) && facts.isResponsibleBroker);
  return { isOwnSide, canEdit };
}

/**
 * Contact persons: the organisation's own people, its brokers and admins see all of them; a partner
 * sees those who agreed to share their details, once an expression of interest between them was accepted.
 */
export async function getContacts(
  deps: BrokerageDeps,
  actor: Actor,
  organisationId: string,
): Promise<TContactsResponse> {
  const { isOwnSide, canEdit } = await access(deps, actor, organisationId);
  const contacts = createContactsRepository(deps.db);
  if (isOwnSide)
    return {
      visibility: 'full',
      canEdit,
      items: (await contacts.list([organisationId], false)).map(contactView),
    };
  const ownOrganisations = actor.memberships.map((m) => m.organisationId);
  if (await contacts.haveAcceptedInterest(ownOrganisations, organisationId)) {
    return {
      visibility: 'shared',
      canEdit: false,
      items: (await contacts.list([organisationId], true)).map(contactView),
    };
  }
  return { visibility: 'none', canEdit: false, items: [] };
}

export async function replaceContacts(
  deps: BrokerageDeps,
  actor: Actor | 'system',
  organisationId: string,
  input: TContactsRequest,
) {
  if (actor !== 'system' && !(await access(deps, actor, organisationId)).canEdit) {
    throw new BrokerageError(
      'NOT_ALLOWED',
      "Only the organisation's managers, its brokers and administrators can change its contact persons.",
    );
  }
  const actorUserId = actor === 'system' ? null : actor.userId;
  await deps.db.transaction(async (tx) => {
    const contacts = createContactsRepository(tx);
    const previous = await contacts.list([organisationId], false);
    const now = deps.clock();
    await contacts.replace(
      organisationId,
      input.contacts.map((contact) => {
        // A consent already on record keeps its date; a new one is recorded now, by whoever enters it.
        const earlier = previous.find(
          (p) => p.consentToShare && p.name === contact.name && p.email === (contact.email ?? null),
        );
        const consentToShare = contact.consentToShare ?? false;
        return {
          organisationId,
          name: contact.name,
          position: contact.position ?? '',
          email: contact.email ?? null,
          phone: contact.phone ?? null,
          consentToShare,
          consentRecordedAt: consentToShare ? (earlier?.consentRecordedAt ?? now) : null,
          consentRecordedBy: consentToShare ? (earlier ? earlier.consentRecordedBy : actorUserId) : null,
        };
      }),
    );
    await createAuditRepository(tx).record({
      actorUserId,
      action: 'organisation.contacts',
      targetType: 'organisation',
      targetId: organisationId,
      details: {
        count: input.contacts.length,
        consenting: input.contacts.filter((c) => c.consentToShare).length,
      },
    });
  });
}
