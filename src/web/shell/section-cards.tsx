import { Card, SimpleGrid, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NavItem } from './navigation';

/** Links to the pages an account can use, each with a line on what it holds. */
export function SectionCards({ items }: { items: NavItem[] }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
      {items.map((item) => (
        <UnstyledButton
          key={item.key}
          component={Link}
          to={item.to}
          style={{ borderRadius: 'var(--mantine-radius-md)' }}
        >
          <Card withBorder padding="lg" h="100%">
            <Text fw={600} c="indigo.8">
              {t(`nav.${item.key}`)}
            </Text>
            <Text size="sm" c="dimmed" mt={4}>
              {t(`navDescriptions.${item.key}`)}
            </Text>
          </Card>
        </UnstyledButton>
      ))}
    </SimpleGrid>
  );
}
