import { Button, Group, NumberInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CODECS, LINE_TYPES, type SiteDto, siteInputSchema } from '../../../core/directory/schemas';
import { FormAlert } from '../../ui/form-alert';
import { useForm } from '../../ui/use-form';
import { sitesApi, useSiteMutation } from './queries';

const empty = {
  name: '',
  street: '',
  postcode: '',
  city: '',
  lineType: 'fibre',
  voiceChannels: 10 as number | string,
  codec: 'g711',
};

/** Create or change a site (location): address, line type, contracted voice channels and codec. */
export function SiteForm({
  enterpriseId,
  site,
  onDone,
}: {
  enterpriseId: string;
  site: SiteDto | null;
  onDone: (site: SiteDto) => void;
}) {
  const { t } = useTranslation();
  const form = useForm(site ? { ...site } : empty);
  const mutation = useSiteMutation(
    (body: ReturnType<typeof siteInputSchema.parse>) =>
      site ? sitesApi.update(site.id, body) : sitesApi.create(enterpriseId, body),
    onDone,
    form.fail,
  );
  const v = form.values;
  const onSubmit = form.submit(() => {
    const body = form.validate(siteInputSchema, {
      name: v.name,
      street: v.street,
      postcode: v.postcode,
      city: v.city,
      lineType: v.lineType,
      voiceChannels: typeof v.voiceChannels === 'number' ? v.voiceChannels : Number.NaN,
      codec: v.codec,
    });
    if (body) mutation.mutate(body);
  });

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <TextInput label={t('sites.name')} required {...form.text('name')} data-autofocus />
        <TextInput label={t('sites.street')} required {...form.text('street')} />
        <SimpleGrid cols={{ base: 1, xs: 2 }}>
          <TextInput
            label={t('sites.postcode')}
            required
            description={t('sites.postcodeHint')}
            {...form.text('postcode')}
          />
          <TextInput label={t('sites.city')} required {...form.text('city')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, xs: 3 }}>
          <Select
            label={t('sites.lineType')}
            required
            allowDeselect={false}
            data={LINE_TYPES.map((value) => ({ value, label: t(`lineTypes.${value}`) }))}
            value={v.lineType}
            onChange={(value) => value && form.set('lineType', value)}
            error={form.error('lineType')}
          />
          <NumberInput
            label={t('sites.voiceChannels')}
            required
            min={1}
            max={10000}
            allowDecimal={false}
            value={v.voiceChannels}
            onChange={(value) => form.set('voiceChannels', value)}
            error={form.error('voiceChannels')}
          />
          <Select
            label={t('sites.codec')}
            required
            allowDeselect={false}
            data={CODECS.map((value) => ({ value, label: t(`codecs.${value}`) }))}
            value={v.codec}
            onChange={(value) => value && form.set('codec', value)}
            error={form.error('codec')}
          />
        </SimpleGrid>
        <FormAlert message={form.general} />
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending}>
            {site ? t('common.save') : t('sites.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
