import { Badge, Box, Group, Paper, Stack, Text } from '@mantine/core';
import { IconArrowRight, IconCalendarTime, IconPhoneIncoming } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Destination } from '../../../core/telephony/incoming-routes';
import { destinationText } from './destination-field';

export type FlowBranch = {
  key: string;
  /** The period: open, closed, holiday, or a closure's name. */
  label: string;
  destination: Destination | null;
  /** Shown dimmed: a period without a destination of its own (it goes as closed). */
  fallback?: string;
  /** The branch that applies at the tested moment. */
  active?: boolean;
};

const Arrow = () => (
  <Box c="dimmed" style={{ display: 'flex', alignItems: 'center' }} aria-hidden="true">
    <IconArrowRight size={18} />
  </Box>
);

/**
 * A route drawn as a small flow: the number, its schedule, one branch per period to its
 * destination. The drawing is one image for a screen reader (its label tells the whole route).
 */
export function RouteFlow({
  number,
  scheduleName,
  branches,
  names,
}: {
  number: string;
  scheduleName: string | null;
  branches: FlowBranch[];
  names: Record<string, string>;
}) {
  const { t } = useTranslation();
  const steps = branches
    .map((b) => `${b.label} → ${b.fallback ?? destinationText(t, b.destination, names)}`)
    .join('; ');
  return (
    <Box
      component="figure"
      m={0}
      role="img"
      aria-label={t('incomingRoutes.flowLabel', { number: number || '…', steps })}
      data-testid="route-flow"
    >
      <Group gap="xs" align="center" wrap="wrap">
        <Paper withBorder px="sm" py={6} radius="md">
          <Group gap={6} wrap="nowrap">
            <IconPhoneIncoming size={16} aria-hidden="true" />
            <Text size="sm" fw={600}>
              {number || '…'}
            </Text>
          </Group>
        </Paper>
        <Arrow />
        <Paper withBorder px="sm" py={6} radius="md">
          <Group gap={6} wrap="nowrap">
            <IconCalendarTime size={16} aria-hidden="true" />
            <Text size="sm">{scheduleName ?? t('incomingRoutes.flowAlways')}</Text>
          </Group>
        </Paper>
        <Arrow />
        <Stack gap={6} style={{ borderLeft: '2px solid var(--mantine-color-gray-4)', paddingLeft: 8 }}>
          {branches.map((b) => (
            <Group key={b.key} gap="xs" wrap="nowrap">
              <Badge variant={b.active ? 'filled' : 'light'} miw={90}>
                {b.label}
              </Badge>
              <Arrow />
              <Paper
                withBorder
                px="sm"
                py={4}
                radius="md"
                bg={b.active ? 'var(--mantine-color-blue-light)' : undefined}
              >
                <Text size="sm" c={b.fallback ? 'dimmed' : undefined}>
                  {b.fallback ?? destinationText(t, b.destination, names)}
                </Text>
              </Paper>
            </Group>
          ))}
        </Stack>
      </Group>
    </Box>
  );
}
