import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Unknown routes, and things outside the account's scope (the server answers "not found" for both). */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Center py={80} data-testid="not-found">
      <Stack align="center" gap="md" maw={480}>
        <Text fz={64} fw={800} c="indigo.3" aria-hidden="true">
          404
        </Text>
        <Title order={1} fz="h2" ta="center">
          {t('notFound.title')}
        </Title>
        <Text c="dimmed" ta="center">
          {t('notFound.text')}
        </Text>
        <Button component={Link} to="/">
          {t('notFound.home')}
        </Button>
      </Stack>
    </Center>
  );
}
