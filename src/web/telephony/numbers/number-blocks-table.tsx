import { Text } from '@mantine/core';
import { IconList } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SiteDto } from '../../../core/directory/schemas';
import type { NumberBlockDto } from '../../../core/telephony/number-plan';
import { mayWrite } from '../../access/permissions';
import { useMe } from '../../access/session';
import { CreateButton } from '../../ui/create-button';
import { type Column, DataTable } from '../../ui/data-table/data-table';
import { pagedRows } from '../../ui/data-table/paged-rows';
import { FormModal } from '../../ui/form-modal';
import { RemovalDialog } from '../../ui/removal-dialog';
import { RowMenu } from '../../ui/row-menu';
import { useFormDialog } from '../../ui/use-form-dialog';
import { useRemoval } from '../../ui/use-removal';
import { BlockForm } from './block-form';
import { NUMBER_PLAN, numberPlanApi, useNumberBlocks } from './queries';
import { UsageBar } from './usage-bar';

const range = (b: NumberBlockDto) =>
  b.size === 1 ? b.firstNational : `${b.firstNational} – ${b.lastNational}`;

/**
 * The enterprise's number blocks, each with its use drawn as a bar. The provider adds and
 * removes them; "show numbers" narrows the numbers table below to the block.
 */
export function NumberBlocksTable({
  enterpriseId,
  enterpriseName,
  sites,
  onShowNumbers,
}: {
  enterpriseId: string;
  enterpriseName: string;
  sites: SiteDto[];
  onShowNumbers: (block: NumberBlockDto) => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const list = useNumberBlocks(enterpriseId);
  const canWrite = mayWrite(me, 'number-blocks.write');
  const dialog = useFormDialog<NumberBlockDto>();
  const removal = useRemoval(
    (block: NumberBlockDto) => numberPlanApi.removeBlock(block.id),
    [NUMBER_PLAN],
    t('numberPlan.blocks.removed'),
    (block) =>
      block.counts.assigned > 0
        ? t('numberPlan.blocks.removeRefused', { count: block.counts.assigned })
        : null,
  );

  const columns: Column<NumberBlockDto>[] = [
    {
      key: 'range',
      priority: 'essential',
      header: t('numberPlan.blocks.range'),
      cell: (b) => <Text ff="monospace">{range(b)}</Text>,
      sortValue: (b) => b.first,
      csv: (b) => range(b),
    },
    {
      key: 'kind',
      priority: 'medium',
      header: t('numberPlan.blocks.kind'),
      cell: (b) => t(`numberPlan.kinds.${b.kind}`),
      sortValue: (b) => t(`numberPlan.kinds.${b.kind}`),
    },
    {
      key: 'size',
      priority: 'medium',
      header: t('numberPlan.blocks.size'),
      cell: (b) => b.size,
      sortValue: (b) => b.size,
    },
    {
      key: 'usage',
      priority: 'high',
      header: t('numberPlan.blocks.usage'),
      cell: (b) => <UsageBar counts={b.counts} size={b.size} />,
      sortValue: (b) => (b.size - b.counts.free) / b.size,
      csv: (b) => t('numberPlan.blocks.usageLabel', b.counts),
    },
    {
      key: 'free',
      priority: 'high',
      header: t('numberPlan.blocks.free'),
      cell: (b) => b.counts.free,
      sortValue: (b) => b.counts.free,
    },
  ];

  return (
    <>
      <DataTable
        label={t('numberPlan.blocks.tableLabel', { enterprise: enterpriseName })}
        columns={columns}
        rowKey={(b) => b.id}
        {...pagedRows(list)}
        toolbar={
          canWrite && <CreateButton onClick={dialog.create}>{t('numberPlan.blocks.create')}</CreateButton>
        }
        rowActions={(block) => (
          <RowMenu
            name={range(block)}
            actions={[
              {
                label: t('numberPlan.blocks.showNumbers'),
                icon: <IconList size={16} aria-hidden="true" />,
                onClick: () => onShowNumbers(block),
              },
            ]}
            {...(canWrite ? { onRemove: () => removal.ask(block) } : {})}
          />
        )}
        empty={t('numberPlan.blocks.empty')}
      />
      <FormModal
        opened={dialog.opened}
        title={t('numberPlan.blocks.create')}
        onClose={dialog.close}
        size="md"
      >
        <BlockForm
          enterpriseId={enterpriseId}
          sites={sites}
          onDone={(block) => dialog.saved(t('numberPlan.blocks.created', { first: block.firstNational }))}
        />
      </FormModal>
      <RemovalDialog
        removal={removal}
        title={t('numberPlan.blocks.removeTitle')}
        message={t('numberPlan.blocks.removeText', {
          first: removal.target?.firstNational ?? '',
          last: removal.target?.lastNational ?? '',
        })}
      />
    </>
  );
}
