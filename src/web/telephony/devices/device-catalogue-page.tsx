import { Badge, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { DEVICE_KINDS, type DeviceModelDto } from '../../../core/telephony/devices';
import { mayWrite } from '../../access/permissions';
import { useMe } from '../../access/session';
import { CreateButton } from '../../ui/create-button';
import { type Column, DataTable } from '../../ui/data-table/data-table';
import { pagedRows } from '../../ui/data-table/paged-rows';
import { FormModal } from '../../ui/form-modal';
import { PageHeader } from '../../ui/page-header';
import { RemovalDialog } from '../../ui/removal-dialog';
import { RowMenu } from '../../ui/row-menu';
import { useFormDialog } from '../../ui/use-form-dialog';
import { useRemoval } from '../../ui/use-removal';
import { useSearch } from '../../ui/use-search';
import { DeviceModelForm } from './device-model-form';
import { DEVICE_MODELS, devicesApi, useDeviceModels } from './queries';

const nameOf = (m: DeviceModelDto) => `${m.vendor} ${m.model}`;

/** The provider's device catalogue: the provider adds, changes and removes models; customers read it. */
export function DeviceCataloguePage() {
  const { t } = useTranslation();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const search = useSearch();
  const kind = params.get('kind');
  const list = useDeviceModels({ q: search.query, kind }, { pageSize: 200 });
  const canWrite = mayWrite(me, 'device-catalogue.write');
  const dialog = useFormDialog<DeviceModelDto>();
  const removal = useRemoval(
    (model: DeviceModelDto) => devicesApi.removeModel(model.id),
    [DEVICE_MODELS],
    t('deviceCatalogue.removed'),
  );

  const columns: Column<DeviceModelDto>[] = [
    {
      key: 'vendor',
      priority: 'essential',
      header: t('deviceCatalogue.vendor'),
      cell: (m) => m.vendor,
      sortValue: (m) => m.vendor,
    },
    {
      key: 'model',
      priority: 'essential',
      header: t('deviceCatalogue.model'),
      cell: (m) => m.model,
      sortValue: (m) => m.model,
    },
    {
      key: 'kind',
      priority: 'high',
      header: t('deviceCatalogue.kind'),
      cell: (m) => t(`deviceKinds.${m.kind}`),
      sortValue: (m) => t(`deviceKinds.${m.kind}`),
    },
    {
      key: 'maxLines',
      priority: 'medium',
      header: t('deviceCatalogue.maxLines'),
      cell: (m) => m.maxLines,
      sortValue: (m) => m.maxLines,
    },
    {
      key: 'description',
      priority: 'low',
      header: t('deviceCatalogue.descriptionField'),
      cell: (m) => m.description ?? '',
      sortValue: (m) => m.description,
    },
    {
      key: 'devices',
      priority: 'medium',
      header: t('deviceCatalogue.devices'),
      cell: (m) => m.deviceCount,
      sortValue: (m) => m.deviceCount,
    },
    {
      key: 'active',
      priority: 'high',
      header: t('deviceCatalogue.active'),
      cell: (m) => (
        <Badge variant="light" color={m.active ? 'green' : 'gray'}>
          {m.active ? t('deviceCatalogue.activeYes') : t('deviceCatalogue.activeNo')}
        </Badge>
      ),
      csv: (m) => (m.active ? t('deviceCatalogue.activeYes') : t('deviceCatalogue.activeNo')),
      sortValue: (m) => (m.active ? 1 : 0),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('deviceCatalogue.title')}
        description={canWrite ? t('deviceCatalogue.description') : t('deviceCatalogue.readOnly')}
      />
      <DataTable
        label={t('deviceCatalogue.tableLabel')}
        columns={columns}
        rowKey={(m) => m.id}
        {...pagedRows(list)}
        search={{
          value: search.value,
          onChange: search.onChange,
          placeholder: t('deviceCatalogue.searchPlaceholder'),
        }}
        filters={
          <Select
            label={t('deviceCatalogue.kindFilter')}
            placeholder={t('deviceCatalogue.allKinds')}
            clearable
            data={DEVICE_KINDS.map((value) => ({ value, label: t(`deviceKinds.${value}`) }))}
            value={kind}
            onChange={(value) => {
              const next = new URLSearchParams(params);
              if (value) next.set('kind', value);
              else next.delete('kind');
              setParams(next, { replace: true });
            }}
            w={200}
          />
        }
        toolbar={
          canWrite && <CreateButton onClick={dialog.create}>{t('deviceCatalogue.create')}</CreateButton>
        }
        rowActions={
          canWrite
            ? (model) => (
                <RowMenu
                  name={nameOf(model)}
                  onEdit={() => dialog.edit(model)}
                  onRemove={() => removal.ask(model)}
                />
              )
            : undefined
        }
        empty={t('deviceCatalogue.empty')}
      />
      <FormModal
        opened={dialog.opened}
        title={dialog.isNew ? t('deviceCatalogue.create') : t('deviceCatalogue.edit')}
        onClose={dialog.close}
        size="md"
      >
        <DeviceModelForm
          model={dialog.row}
          onDone={(model) => dialog.saved(t('deviceCatalogue.saved', { name: nameOf(model) }))}
        />
      </FormModal>
      <RemovalDialog
        removal={removal}
        title={t('deviceCatalogue.removeTitle')}
        message={t('deviceCatalogue.removeText', { name: removal.target ? nameOf(removal.target) : '' })}
      />
    </>
  );
}
