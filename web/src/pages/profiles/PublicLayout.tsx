import { Box, Button, Container, Group, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import {
  applyLanguage,
  currentLanguage,
  isLanguage,
  LANGUAGES,
  NATIVE_LANGUAGE_NAMES,
} from '../../shared/i18n.ts';

const LANGUAGE_OPTIONS = LANGUAGES.map((language) => ({
  value: language,
  label: NATIVE_LANGUAGE_NAMES[language],
}));

/**
 * The frame of the public pages: product name, language and "Sign in", nothing that needs a session.
 * (The app's LanguageSwitcher saves the choice to the account, which asks for the session.)
 */
export function PublicLayout() {
  const { t } = useTranslation();
  const location = useLocation();
  // After signing in, the signed-in twin of this page: /public/profiles/:id → /profiles/:id.
  const next = `${location.pathname.replace(/^\/public(?=\/)/, '')}${location.search}`;

  return (
    <>
      <Box
        component="header"
        px="md"
        py="sm"
        style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
      >
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Group gap="sm" wrap="nowrap">
            <Text
              component={Link}
              to="/public/profiles"
              fw={700}
              size="xl"
              c="var(--mantine-primary-color-filled)"
              td="none"
            >
              {t('app.name')}
            </Text>
            <Text size="sm" c="dimmed" visibleFrom="sm">
              {t('profiles.public.tagline')}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Select
              data-testid="language-switcher"
              aria-label={t('language.label')}
              data={LANGUAGE_OPTIONS}
              value={currentLanguage()}
              onChange={(value) => {
                if (isLanguage(value)) void applyLanguage(value);
              }}
              allowDeselect={false}
              w={140}
              comboboxProps={{ withinPortal: true }}
            />
            <Button
              component={Link}
              to={`/login?next=${encodeURIComponent(next)}`}
              variant="light"
              data-testid="public-sign-in"
            >
              {t('profiles.public.signIn')}
            </Button>
          </Group>
        </Group>
      </Box>
      <Container size="lg" py="lg" component="main" id="main" tabIndex={-1}>
        <Outlet />
      </Container>
    </>
  );
}
