import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCurrentUser } from '../modules/accounts/useCurrentUser.ts';
import { useLogout } from '../modules/accounts/useSessionActions.ts';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase() ?? '')
    .join('');
}

export function UserMenu() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const logout = useLogout();
  const navigate = useNavigate();
  const roleLabel = t(`roles.${user.role}`);

  return (
    <Menu position="bottom-end" width={240} withArrow>
      <Menu.Target>
        <UnstyledButton
          data-testid="user-menu"
          aria-label={t('userMenu.label', { name: user.name, role: roleLabel })}
          style={{ borderRadius: 'var(--mantine-radius-sm)', padding: 4 }}
        >
          <Group gap="xs" wrap="nowrap">
            <Avatar color="blue" radius="xl" size="sm">
              {initials(user.name)}
            </Avatar>
            <div>
              <Text size="sm" fw={600} lh={1.2} visibleFrom="md">
                {user.name}
              </Text>
              <Text size="xs" c="dimmed" lh={1.2} visibleFrom="md">
                {roleLabel}
              </Text>
            </div>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>
          {user.name} · {roleLabel}
          <br />
          {user.email}
        </Menu.Label>
        <Menu.Item component={Link} to="/account">
          {t('nav.account')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item
          data-testid="logout"
          color="red.9"
          onClick={() =>
            logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) })
          }
        >
          {t('userMenu.logout')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
