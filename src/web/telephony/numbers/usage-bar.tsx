import { Group, Progress, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NumberBlockDto } from '../../../core/telephony/number-plan';

/** The colours of the states, the same in the bar, the legend and the numbers table. */
export const STATE_COLOURS = {
  assigned: 'indigo',
  reserved: 'yellow',
  porting: 'grape',
  free: 'teal',
} as const;

const ORDER = ['assigned', 'reserved', 'porting', 'free'] as const;

/** A block's numbers drawn by state: one bar, its parts in proportion, with the counts in words. */
export function UsageBar({ counts, size }: Pick<NumberBlockDto, 'counts' | 'size'>) {
  const { t } = useTranslation();
  const label = t('numberPlan.blocks.usageLabel', counts);
  return (
    <Tooltip label={label} withArrow>
      <Progress.Root size="lg" w={160} aria-label={label} role="img">
        {ORDER.filter((state) => counts[state] > 0).map((state) => (
          <Progress.Section key={state} value={(counts[state] / size) * 100} color={STATE_COLOURS[state]} />
        ))}
      </Progress.Root>
    </Tooltip>
  );
}

/** What the colours of the bars mean. */
export function UsageLegend() {
  const { t } = useTranslation();
  return (
    <Group gap="md" aria-hidden="true">
      {ORDER.map((state) => (
        <Group key={state} gap={6}>
          <span
            style={{
              display: 'inline-block',
              width: 12,
              height: 12,
              borderRadius: 2,
              background: `var(--mantine-color-${STATE_COLOURS[state]}-filled)`,
            }}
          />
          <Text size="xs" c="dimmed">
            {t(`numberPlan.states.${state}`)}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
