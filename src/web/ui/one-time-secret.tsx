import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** A secret the server shows once (temporary password, API token, recovery codes), with a copy button. */
export function OneTimeSecret({ label, value, lines }: { label: string; value: string; lines?: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Alert color="yellow" role="status">
        {t('secret.onceWarning')}
      </Alert>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <Code
        block
        data-testid="one-time-secret"
        fz="md"
        style={{ whiteSpace: lines ? 'pre' : 'pre-wrap', wordBreak: 'break-all' }}
      >
        {value}
      </Code>
      <Group>
        <CopyButton value={value}>
          {({ copied, copy }) => (
            <Button
              variant="light"
              size="xs"
              onClick={copy}
              leftSection={
                copied ? (
                  <IconCheck size={14} aria-hidden="true" />
                ) : (
                  <IconCopy size={14} aria-hidden="true" />
                )
              }
            >
              {copied ? t('secret.copied') : t('secret.copy')}
            </Button>
          )}
        </CopyButton>
      </Group>
    </Stack>
  );
}
