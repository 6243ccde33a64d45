import {
  Alert,
  Button,
  Grid,
  Group,
  Loader,
  NumberInput,
  Paper,
  Select,
  Stack,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconDeviceFloppy, IconPlus, IconTrash } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import {
  type AttendantDto,
  type AttendantMenus,
  MENU_KEYS,
  type Menu,
  type MenuAction,
  type MenuTree,
  type OperatorTarget,
  TREE_KINDS,
  type TreeKind,
} from '../../../core/telephony/attendants';
import { mayWrite } from '../../access/permissions';
import { useMe } from '../../access/session';
import { type ApiIssue, isApiError } from '../../api/api-error';
import { useCurrentEnterprise } from '../../directory/enterprises/enterprise-layout';
import { useSites } from '../../directory/sites/queries';
import { enterprisePath } from '../../shell/navigation';
import { errorText, issueText } from '../../ui/error-text';
import { PageHeader } from '../../ui/page-header';
import { ActionField, type Option, type Pickers } from './action-field';
import { MenuTreeView } from './menu-tree';
import { ATTENDANTS, attendantsApi, useAttendant, useAudio, useTargets } from './queries';

const newMenu = (id: string, name: string, root: boolean): Menu => ({
  id,
  name,
  greeting: { kind: 'text', text: '' },
  timeoutSeconds: 10,
  maxRepeats: 2,
  keys: root ? {} : { '9': { kind: 'back' } },
  timeoutAction: root ? { kind: 'dial_by_extension' } : { kind: 'back' },
  invalidAction: root ? { kind: 'dial_by_extension' } : { kind: 'back' },
});

const emptyMenus = (): AttendantMenus => ({
  businessHours: { menus: [newMenu('hoofdmenu', 'Hoofdmenu', true)] },
  afterHours: null,
  holiday: null,
});

/** Where an issue's path points, in words: "Kantooruren › Support › toets 1". */
function pathLabel(
  t: (k: string, o?: Record<string, unknown>) => string,
  menus: AttendantMenus,
  path: string,
): string {
  const m = /^menus\.(businessHours|afterHours|holiday)\.menus\.(\d+)\.?(.*)$/.exec(path);
  if (!m) return t(`attendants.${path.split('.')[0] ?? ''}`, { defaultValue: path });
  const kind = m[1] as TreeKind;
  const menu = menus[kind]?.menus[Number(m[2])];
  const rest = m[3] ?? '';
  const key = /^keys\.([^.]+)/.exec(rest)?.[1];
  const where = key
    ? t('attendants.toKey', { key })
    : rest.startsWith('timeoutAction')
      ? t('attendants.timeoutAction')
      : rest.startsWith('invalidAction')
        ? t('attendants.invalidAction')
        : rest.startsWith('greeting')
          ? t('attendants.greeting')
          : rest;
  return [t(`attendants.trees.${kind}`), menu?.name ?? '', where].filter(Boolean).join(' › ');
}

function Editor({ initial }: { initial: AttendantDto | null }) {
  const { t } = useTranslation();
  const me = useMe();
  const enterprise = useCurrentEnterprise();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const canWrite = mayWrite(me, 'auto-attendants.write');
  const sites = useSites(enterprise.id, {}, { pageSize: 200 });
  const users = useTargets(enterprise.id, 'user');
  const attendants = useTargets(enterprise.id, 'auto_attendant');
  const huntGroups = useTargets(enterprise.id, 'hunt_group');
  const queues = useTargets(enterprise.id, 'queue');
  const schedules = useTargets(enterprise.id, 'schedule');
  const audio = useAudio(enterprise.id);
  const [name, setName] = useState(initial?.name ?? '');
  const [siteId, setSiteId] = useState<string | null>(initial?.siteId ?? me.siteIds?.[0] ?? null);
  const [extension, setExtension] = useState(initial?.extension ?? '');
  const [number, setNumber] = useState(initial?.number ?? '');
  const [scheduleId, setScheduleId] = useState<string | null>(initial?.scheduleId ?? null);
  const [operator, setOperator] = useState<OperatorTarget | null>(initial?.operator ?? null);
  const [menus, setMenus] = useState<AttendantMenus>(initial?.menus ?? emptyMenus());
  const [treeKind, setTreeKind] = useState<TreeKind>('businessHours');
  const [selected, setSelected] = useState<string | null>(menus.businessHours.menus[0]?.id ?? null);
  const [issues, setIssues] = useState<readonly ApiIssue[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const names: Record<string, string> = { ...(initial?.targetNames ?? {}) };
  const options = (list: { id: string; name: string }[] | undefined): Option[] =>
    (list ?? []).map((i) => {
      names[i.id] = i.name;
      return { value: i.id, label: i.name };
    });
  const pickers: Pickers = {
    users: options(users.data?.items),
    attendants: options(attendants.data?.items.filter((a) => a.id !== initial?.id)),
    huntGroups: huntGroups.data?.available ? options(huntGroups.data.items) : null,
    queues: queues.data?.available ? options(queues.data.items) : null,
    audio: options(audio.rows),
  };
  if (!sites.rows.some((s) => s.id === siteId) && sites.rows[0] && siteId === null)
    setSiteId(sites.rows[0].id);

  const tree = menus[treeKind];
  const menu = tree?.menus.find((m) => m.id === selected) ?? tree?.menus[0];
  const setTree = (next: MenuTree | null) => setMenus({ ...menus, [treeKind]: next });
  const setMenu = (next: Menu) =>
    tree && setTree({ menus: tree.menus.map((m) => (m.id === next.id ? next : m)) });

  const nameOf = (id: string) => names[id] ?? t('attendants.unknownTarget');
  const describe = (a: MenuAction): string => {
    const kind = t(`attendants.actionKinds.${a.kind}`);
    switch (a.kind) {
      case 'transfer': {
        const tg = a.target;
        const to =
          tg.type === 'extension'
            ? tg.extension
            : tg.type === 'number'
              ? tg.number
              : tg.type === 'operator'
                ? t('attendants.targetTypes.operator')
                : nameOf(tg.id);
        return `${kind}: ${to}`;
      }
      case 'voicemail':
        return `${kind}: ${nameOf(a.userId)}`;
      case 'submenu':
        return `${kind}: ${tree?.menus.find((m) => m.id === a.menuId)?.name ?? a.menuId}`;
      case 'announcement':
        return `${kind}: ${a.greeting.kind === 'text' ? a.greeting.text.slice(0, 30) : nameOf(a.greeting.audioId)}`;
      default:
        return kind;
    }
  };

  const addSubmenu = (from: Menu, assign: (m: Menu, action: MenuAction) => Menu) => {
    if (!tree) return;
    let n = tree.menus.length;
    while (tree.menus.some((m) => m.id === `menu-${n}`)) n += 1;
    const sub = newMenu(`menu-${n}`, t('attendants.newSubmenuName', { n }), false);
    const updated = assign(from, { kind: 'submenu', menuId: sub.id });
    setTree({ menus: [...tree.menus.map((m) => (m.id === updated.id ? updated : m)), sub] });
    setSelected(sub.id);
  };
  const removeMenu = (id: string) => {
    if (!tree) return;
    const fix = (a: MenuAction): MenuAction =>
      a.kind === 'submenu' && a.menuId === id ? { kind: 'dial_by_extension' } : a;
    setTree({
      menus: tree.menus
        .filter((m) => m.id !== id)
        .map((m) => ({
          ...m,
          keys: Object.fromEntries(
            Object.entries(m.keys).filter(([, a]) => !(a.kind === 'submenu' && a.menuId === id)),
          ),
          timeoutAction: fix(m.timeoutAction),
          invalidAction: fix(m.invalidAction),
        })),
    });
    setSelected(tree.menus[0]?.id ?? null);
  };

  const problemsPerMenu: Record<string, number> = {};
  for (const issue of issues) {
    const m = /^menus\.(\w+)\.menus\.(\d+)/.exec(issue.path);
    const id = m ? menus[m[1] as TreeKind]?.menus[Number(m[2])]?.id : undefined;
    if (id && m?.[1] === treeKind) problemsPerMenu[id] = (problemsPerMenu[id] ?? 0) + 1;
  }

  const save = useMutation({
    mutationFn: () => {
      const body = {
        siteId: siteId ?? '',
        name,
        extension: extension.trim() === '' ? null : extension.trim(),
        number: number.trim() === '' ? null : number.trim(),
        scheduleId,
        operator,
        menus,
      };
      return initial ? attendantsApi.update(initial.id, body) : attendantsApi.create(enterprise.id, body);
    },
    onSuccess: (saved) => {
      setIssues([]);
      setFailure(null);
      void queryClient.invalidateQueries({ queryKey: ATTENDANTS });
      notifications.show({ color: 'green', message: t('attendants.saved', { name: saved.name }) });
      if (!initial)
        void navigate(enterprisePath(enterprise.id, `auto-attendants/${saved.id}`), { replace: true });
    },
    onError: (e) => {
      const fieldIssues = isApiError(e) ? e.issues.filter((i) => i.path !== '') : [];
      setIssues(fieldIssues);
      setFailure(fieldIssues.length > 0 ? null : errorText(t, e));
    },
  });

  return (
    <>
      <PageHeader
        title={initial ? t('attendants.editorTitle', { name: initial.name }) : t('attendants.editorTitleNew')}
        actions={
          <Group>
            <Button
              component={Link}
              to={enterprisePath(enterprise.id, 'auto-attendants')}
              variant="default"
              leftSection={<IconArrowLeft size={16} aria-hidden="true" />}
            >
              {t('attendants.back')}
            </Button>
            {canWrite && (
              <Button
                leftSection={<IconDeviceFloppy size={16} aria-hidden="true" />}
                loading={save.isPending}
                onClick={() => save.mutate()}
              >
                {t('attendants.save')}
              </Button>
            )}
          </Group>
        }
      />
      {(issues.length > 0 || failure) && (
        <Alert color="red" title={t('attendants.problems')} mb="md" role="alert">
          {failure}
          <ul style={{ margin: 0 }}>
            {issues.map((i) => (
              <li key={`${i.path}-${i.code}`}>
                <Text size="sm">
                  <strong>{pathLabel(t, menus, i.path)}</strong>: {issueText(t, i)}
                </Text>
              </li>
            ))}
          </ul>
        </Alert>
      )}
      <Paper withBorder p="md" mb="md">
        <Group align="flex-end" wrap="wrap">
          <TextInput
            label={t('attendants.name')}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            required
            w={240}
          />
          <Select
            label={t('attendants.site')}
            data={sites.rows.map((s) => ({ value: s.id, label: s.name }))}
            value={siteId}
            onChange={setSiteId}
            allowDeselect={false}
            w={200}
          />
          <TextInput
            label={t('attendants.extension')}
            value={extension}
            onChange={(e) => setExtension(e.currentTarget.value)}
            w={130}
          />
          <TextInput
            label={t('attendants.number')}
            value={number}
            onChange={(e) => setNumber(e.currentTarget.value)}
            placeholder="020 794 0000"
            w={180}
          />
          <Select
            label={t('attendants.operator')}
            placeholder={t('attendants.noOperator')}
            data={pickers.users}
            value={operator?.type === 'user' ? operator.id : null}
            onChange={(v) => setOperator(v ? { type: 'user', id: v } : null)}
            clearable
            searchable
            w={260}
          />
          {schedules.data?.available ? (
            <Select
              label={t('attendants.schedule')}
              data={options(schedules.data.items)}
              value={scheduleId}
              onChange={setScheduleId}
              clearable
              w={220}
            />
          ) : (
            <Text size="xs" c="dimmed" maw={260}>
              {t('attendants.scheduleNotYet')}
            </Text>
          )}
        </Group>
      </Paper>
      <Tabs
        value={treeKind}
        onChange={(v) => {
          const kind = (v ?? 'businessHours') as TreeKind;
          setTreeKind(kind);
          setSelected(menus[kind]?.menus[0]?.id ?? null);
        }}
      >
        <Tabs.List mb="md">
          {TREE_KINDS.map((k) => (
            <Tabs.Tab key={k} value={k}>
              {t(`attendants.trees.${k}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      {tree === null || tree === undefined ? (
        <Paper withBorder p="md">
          <Text mb="sm">
            {t('attendants.treeAbsent', {
              fallback: t(
                `attendants.trees.${treeKind === 'holiday' && menus.afterHours ? 'afterHours' : 'businessHours'}`,
              ),
            })}
          </Text>
          <Text size="sm" c="dimmed" mb="sm">
            {t('attendants.fallbackHint')}
          </Text>
          {canWrite && (
            <Button
              leftSection={<IconPlus size={16} aria-hidden="true" />}
              onClick={() => {
                const root = newMenu(
                  treeKind === 'holiday' ? 'feestdag' : 'buiten-kantoortijden',
                  t(`attendants.trees.${treeKind}`),
                  true,
                );
                setTree({ menus: [root] });
                setSelected(root.id);
              }}
            >
              {t('attendants.addTree')}
            </Button>
          )}
        </Paper>
      ) : (
        <Grid>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Paper withBorder p="md" data-testid="menu-tree">
              <Title order={2} size="h4" mb="sm">
                {t('attendants.treeLabel', { tree: t(`attendants.trees.${treeKind}`) })}
              </Title>
              <MenuTreeView
                tree={tree}
                label={t('attendants.treeLabel', { tree: t(`attendants.trees.${treeKind}`) })}
                selectedId={menu?.id ?? null}
                onSelect={setSelected}
                describe={describe}
                problems={problemsPerMenu}
              />
              {canWrite && treeKind !== 'businessHours' && (
                <Button variant="subtle" color="red" mt="md" size="xs" onClick={() => setTree(null)}>
                  {t('attendants.removeTree')}
                </Button>
              )}
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            {menu && (
              <Paper
                withBorder
                p="md"
                component="section"
                aria-label={`${t('attendants.menu')} ${menu.name}`}
              >
                <Stack gap="sm">
                  <Group align="flex-end">
                    <TextInput
                      label={t('attendants.menuName')}
                      value={menu.name}
                      onChange={(e) => setMenu({ ...menu, name: e.currentTarget.value })}
                      w={220}
                    />
                    <NumberInput
                      label={t('attendants.timeoutSeconds')}
                      value={menu.timeoutSeconds}
                      min={1}
                      max={60}
                      onChange={(v) => setMenu({ ...menu, timeoutSeconds: Number(v) || 1 })}
                      w={150}
                    />
                    <NumberInput
                      label={t('attendants.maxRepeats')}
                      value={menu.maxRepeats}
                      min={0}
                      max={5}
                      onChange={(v) => setMenu({ ...menu, maxRepeats: Number(v) || 0 })}
                      w={120}
                    />
                    {canWrite && menu.id !== tree.menus[0]?.id && (
                      <Button
                        variant="subtle"
                        color="red"
                        leftSection={<IconTrash size={16} aria-hidden="true" />}
                        onClick={() => removeMenu(menu.id)}
                      >
                        {t('attendants.removeMenu')}
                      </Button>
                    )}
                  </Group>
                  <Group align="flex-start">
                    <Select
                      label={t('attendants.greeting')}
                      data={[
                        { value: 'text', label: t('attendants.greetingKinds.text') },
                        { value: 'audio', label: t('attendants.greetingKinds.audio') },
                      ]}
                      value={menu.greeting.kind}
                      onChange={(v) =>
                        setMenu({
                          ...menu,
                          greeting:
                            v === 'audio'
                              ? { kind: 'audio', audioId: pickers.audio[0]?.value ?? '' }
                              : { kind: 'text', text: '' },
                        })
                      }
                      allowDeselect={false}
                      w={220}
                    />
                    {menu.greeting.kind === 'text' ? (
                      <Textarea
                        label={t('attendants.greetingText')}
                        value={menu.greeting.text}
                        onChange={(e) =>
                          setMenu({ ...menu, greeting: { kind: 'text', text: e.currentTarget.value } })
                        }
                        autosize
                        minRows={2}
                        style={{ flex: 1 }}
                      />
                    ) : (
                      <Select
                        label={t('attendants.audioFile')}
                        data={pickers.audio}
                        value={menu.greeting.audioId || null}
                        onChange={(v) => setMenu({ ...menu, greeting: { kind: 'audio', audioId: v ?? '' } })}
                        w={260}
                      />
                    )}
                  </Group>
                  <Title order={3} size="h5">
                    {t('attendants.keys')}
                  </Title>
                  {MENU_KEYS.map((k) => (
                    <ActionField
                      key={`${menu.id}-${k}`}
                      label={t('attendants.key', { key: k })}
                      value={menu.keys[k]}
                      allowNone
                      menus={tree.menus}
                      currentMenuId={menu.id}
                      pickers={pickers}
                      onChange={(a) => {
                        const keys = { ...menu.keys };
                        if (a) keys[k] = a;
                        else delete keys[k];
                        setMenu({ ...menu, keys });
                      }}
                      onNewSubmenu={() => addSubmenu(menu, (m, a) => ({ ...m, keys: { ...m.keys, [k]: a } }))}
                    />
                  ))}
                  <ActionField
                    label={t('attendants.timeoutAction')}
                    value={menu.timeoutAction}
                    allowNone={false}
                    menus={tree.menus}
                    currentMenuId={menu.id}
                    pickers={pickers}
                    onChange={(a) => a && setMenu({ ...menu, timeoutAction: a })}
                    onNewSubmenu={() => addSubmenu(menu, (m, a) => ({ ...m, timeoutAction: a }))}
                  />
                  <ActionField
                    label={t('attendants.invalidAction')}
                    value={menu.invalidAction}
                    allowNone={false}
                    menus={tree.menus}
                    currentMenuId={menu.id}
                    pickers={pickers}
                    onChange={(a) => a && setMenu({ ...menu, invalidAction: a })}
                    onNewSubmenu={() => addSubmenu(menu, (m, a) => ({ ...m, invalidAction: a }))}
                  />
                </Stack>
              </Paper>
            )}
          </Grid.Col>
        </Grid>
      )}
    </>
  );
}

/** An attendant's editor: its numbers and operator, and each menu tree drawn and edited. */
export function AttendantEditorPage() {
  const { t } = useTranslation();
  const { attendantId = 'new' } = useParams();
  const isNew = attendantId === 'new';
  const query = useAttendant(isNew ? null : attendantId);
  if (!isNew && query.isPending) return <Loader aria-label="…" />;
  if (!isNew && query.isError) return <Alert color="red">{errorText(t, query.error)}</Alert>;
  return <Editor key={attendantId} initial={query.data ?? null} />;
}
