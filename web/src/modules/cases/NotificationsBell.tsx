import {
  ActionIcon,
  Badge,
  Button,
  Group,
  Indicator,
  Popover,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { TNotificationResponse } from '../../../../src/modules/accounts/contract.ts';
import { ErrorAlert } from '../../shared/ErrorAlert.tsx';
import { QueryState } from '../../shared/QueryState.tsx';
import { useFormatDateTime } from '../../shared/useFormatDateTime.ts';
import {
  useLatestNotifications,
  useMarkAllNotificationsRead,
  useMarkNotificationRead,
  useUnreadNotifications,
} from './useNotifications.ts';

const LATEST = 10;

function BellIcon() {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

/** Header bell: unread count (polled), the latest notifications, mark read and follow the link. */
export function NotificationsBell() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [isOpen, { toggle, close }] = useDisclosure(false);
  const unread = useUnreadNotifications();
  const latest = useLatestNotifications(isOpen, LATEST);
  const markRead = useMarkNotificationRead();
  const markAllRead = useMarkAllNotificationsRead();
  const formatDateTime = useFormatDateTime();
  const unreadCount = unread.data?.unread ?? unread.data?.total ?? 0;

  const open = (notification: TNotificationResponse) => {
    if (!notification.readAt) markRead.mutate(notification.id);
    close();
    if (notification.link?.startsWith('/')) void navigate(notification.link);
    else if (notification.link) window.location.assign(notification.link);
  };

  return (
    <Indicator
      label={<span aria-hidden="true">{unreadCount > 99 ? '99+' : unreadCount}</span>}
      size={18}
      color="red.9"
      disabled={unreadCount === 0}
      offset={4}
    >
      <Popover
        opened={isOpen}
        onClose={close}
        position="bottom-end"
        width={360}
        withArrow
        shadow="md"
        trapFocus
        returnFocus
      >
        <Popover.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            onClick={toggle}
            aria-label={
              unreadCount > 0
                ? t('tibs.notifications.labelUnread', { count: unreadCount })
                : t('tibs.notifications.label')
            }
            data-testid="notifications-bell"
            data-unread={unreadCount}
          >
            <BellIcon />
          </ActionIcon>
        </Popover.Target>
        <Popover.Dropdown p="xs" aria-label={t('tibs.notifications.title')} data-testid="notifications-list">
          <Stack gap="xs">
            <Group justify="space-between" wrap="nowrap" px={4}>
              <Text fw={700} size="sm" component="h2" m={0}>
                {t('tibs.notifications.title')}
              </Text>
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={() => markAllRead.mutate()}
                data-testid="notifications-read-all"
              >
                {t('tibs.notifications.markAllRead')}
              </Button>
            </Group>
            <ErrorAlert error={markAllRead.error ?? markRead.error} />
            <QueryState query={latest}>
              {(page) =>
                page.items.length === 0 ? (
                  <Text size="sm" c="dimmed" px={4} py="sm">
                    {t('tibs.notifications.empty')}
                  </Text>
                ) : (
                  <Stack
                    gap={2}
                    component="ul"
                    m={0}
                    p={0}
                    style={{ listStyle: 'none', maxHeight: 420, overflowY: 'auto' }}
                  >
                    {page.items.map((notification) => (
                      <li key={notification.id}>
                        <UnstyledButton
                          onClick={() => open(notification)}
                          data-testid={`notification-${notification.id}`}
                          w="100%"
                          p="xs"
                          style={{
                            borderRadius: 'var(--mantine-radius-sm)',
                            background: notification.readAt ? undefined : 'var(--mantine-color-blue-light)',
                          }}
                        >
                          <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                            <Text size="sm" fw={notification.readAt ? 500 : 700}>
                              {notification.title}
                            </Text>
                            {notification.readAt ? null : (
                              <Badge size="xs" variant="filled" color="blue.8">
                                {t('tibs.notifications.new')}
                              </Badge>
                            )}
                          </Group>
                          {notification.body ? (
                            <Text size="xs" lineClamp={3}>
                              {notification.body}
                            </Text>
                          ) : null}
                          <Text size="xs" c="dimmed" mt={2}>
                            {formatDateTime(notification.createdAt)}
                          </Text>
                        </UnstyledButton>
                      </li>
                    ))}
                  </Stack>
                )
              }
            </QueryState>
          </Stack>
        </Popover.Dropdown>
      </Popover>
    </Indicator>
  );
}
