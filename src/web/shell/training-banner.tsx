import { Alert } from '@mantine/core';
import { IconSchool } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../access/session';

/** The training gate (guide §2.2): everything can be read, nothing changed, until the training is recorded. */
export function TrainingBanner() {
  const { t } = useTranslation();
  const me = useMe();
  if (!me.trainingRequired) return null;
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconSchool aria-hidden="true" />}
      title={t('training.bannerTitle')}
      data-testid="training-banner"
      mb="md"
    >
      {t('training.bannerText')}
    </Alert>
  );
}
