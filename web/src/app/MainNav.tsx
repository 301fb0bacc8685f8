import { Badge, NavLink, ScrollArea, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, useMatch } from 'react-router';
import { isBrokerOrAdmin } from '../modules/accounts/roles.ts';
import { useCurrentUser } from '../modules/accounts/useCurrentUser.ts';

type NavItemProps = { to: string; label: string };

function NavItem({ to, label }: NavItemProps) {
  const isActive = useMatch({ path: to, end: to === '/' }) !== null;
  return <NavLink component={RouterNavLink} to={to} end={to === '/'} label={label} active={isActive} />;
}

/** A module that is planned but not built yet: visible, not a link. */
function ComingSoonItem({ label }: { label: string }) {
  const { t } = useTranslation();
  return (
    <NavLink
      component="span"
      label={label}
      disabled
      aria-disabled="true"
      rightSection={
        <Badge size="xs" variant="light" color="gray">
          {t('nav.comingSoon')}
        </Badge>
      }
    />
  );
}

function SectionTitle({ children }: { children: string }) {
  return (
    <Text size="xs" fw={700} tt="uppercase" c="dimmed" px="sm" mt="md" mb={4}>
      {children}
    </Text>
  );
}

export function MainNav() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <ScrollArea>
      <SectionTitle>{t('nav.modules')}</SectionTitle>
      <NavItem to="/" label={t('nav.dashboard')} />
      <NavItem to="/organisations" label={t('nav.organisations')} />
      <NavItem to="/trans-s3" label={t('nav.transS3')} />
      <NavItem to="/s3" label={t('nav.s3Analytics')} />
      <SectionTitle>{t('nav.brokerage')}</SectionTitle>
      <NavItem to="/brokerage" label={t('nav.workspace')} />
      {isBrokerOrAdmin(user.role) || user.memberships.length > 0 ? (
        <NavItem to="/cases" label={t('nav.cases')} />
      ) : null}
      <NavItem to="/profiles" label={t('nav.profiles')} />
      <NavItem to="/interests" label={t('nav.interests')} />
      {isBrokerOrAdmin(user.role) ? <NavItem to="/referrals" label={t('nav.referrals')} /> : null}
      <NavItem to="/partnerships" label={t('nav.partnerships')} />
      <NavItem to="/brokers" label={t('nav.brokers')} />
      <SectionTitle>{t('nav.comingSoon')}</SectionTitle>
      <ComingSoonItem label={t('nav.events')} />
      <ComingSoonItem label={t('nav.readiness')} />

      {user.role === 'admin' ? (
        <>
          <SectionTitle>{t('nav.admin')}</SectionTitle>
          <NavItem to="/admin/users" label={t('nav.adminUsers')} />
          <NavItem to="/admin/outbox" label={t('nav.adminOutbox')} />
          <NavItem to="/admin/audit" label={t('nav.adminAudit')} />
        </>
      ) : null}

      <SectionTitle>{t('nav.you')}</SectionTitle>
      <NavItem to="/account" label={t('nav.account')} />
    </ScrollArea>
  );
}
