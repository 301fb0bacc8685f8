// The accounts module's public surface.
export * from './domain/user.ts';
export { AccountsError } from './errors.ts';
export * as accountsPolicies from './policies.ts';
export {
  users,
  organisations,
  memberships,
  auditLog,
  outboxMessages,
  notifications,
  brokerRegions,
} from './infra/accounts.tables.ts';
export { notify, type Notice } from './application/notify.ts';
export { createAuditRepository, type AuditEntry } from './infra/audit.repository.ts';
export { createOutboxRepository } from './infra/outbox.repository.ts';
export { createUser, type CreateUserInput } from './application/create-user.ts';
export { createAccessToken } from './application/access-tokens.ts';
export { createOrganisation, type OrganisationInput } from './application/organisations.ts';
export { actorForUser } from './application/authenticate.ts';
export { deliverOutbox, type MailSender } from './application/deliver-outbox.ts';
export { hashPassword } from './domain/secrets.ts';
export { authPlugin, requireActor, SESSION_COOKIE, type AuthRequirement } from './http/auth.plugin.ts';
export { sessionRoutes } from './http/session.routes.ts';
export { usersRoutes } from './http/users.routes.ts';
export { organisationsRoutes } from './http/organisations.routes.ts';
export {
  ZOrganisationRequest,
  ZOrganisationImportQuery,
  ZOrganisationImportResponse,
  type TOrganisationImportResponse,
} from './contract.ts';
export { notificationsRoutes } from './http/notifications.routes.ts';
