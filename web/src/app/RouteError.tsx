import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Shown when a page crashes while rendering. */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl" component="main" id="main">
      <Stack>
        <Title order={1}>{t('errors.crashTitle')}</Title>
        <Text>{t('errors.crashText')}</Text>
        <div>
          <Button component="a" href="/">
            {t('notFound.home')}
          </Button>
        </div>
      </Stack>
    </Container>
  );
}
