import { Badge, Box, Text, UnstyledButton } from '@mantine/core';
import { type KeyboardEvent, type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { MENU_KEYS, type Menu, type MenuAction, type MenuTree } from '../../../core/telephony/attendants';

type Props = {
  tree: MenuTree;
  label: string;
  selectedId: string | null;
  onSelect: (menuId: string) => void;
  describe: (action: MenuAction) => string;
  /** Problems per menu id (their count is shown beside the menu). */
  problems: Record<string, number>;
};

const connector = {
  borderLeft: '2px solid var(--mantine-color-gray-4)',
  marginLeft: 10,
  paddingLeft: 14,
} as const;

/**
 * An attendant's menu tree, drawn as nested lists with connectors: each menu with its keys, a
 * sub-menu key opening the sub-menu beneath it (a menu met again on its own way down shows as a
 * cycle instead of nesting forever). It is a WAI-ARIA tree: arrow keys move between the items,
 * Home/End to the first and last, Enter or Space opens the menu of the item in the editor.
 */
export function MenuTreeView({ tree, label, selectedId, onSelect, describe, problems }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const byId = new Map(tree.menus.map((m) => [m.id, m]));

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('[role="treeitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    let next = -1;
    if (e.key === 'ArrowDown' || e.key === 'ArrowRight') next = Math.min(items.length - 1, at + 1);
    else if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') next = Math.max(0, at - 1);
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = items.length - 1;
    else if (e.key === 'Enter' || e.key === ' ') {
      const menuId = items[at]?.dataset.menu;
      if (menuId) onSelect(menuId);
      e.preventDefault();
      return;
    } else return;
    e.preventDefault();
    items[next]?.focus();
  };

  const leaf = (key: string, text: string, menuId: string, level: number, extra?: ReactNode) => (
    <div
      key={key}
      role="treeitem"
      aria-level={level}
      aria-selected={false}
      tabIndex={-1}
      data-menu={menuId}
      onClick={() => onSelect(menuId)}
      onKeyDown={() => undefined}
      style={{ padding: '2px 0', cursor: 'pointer' }}
    >
      <Text size="sm" component="span">
        {text}
      </Text>
      {extra}
    </div>
  );

  const node = (
    menu: Menu,
    level: number,
    via: string | null,
    trail: ReadonlySet<string>,
    key: string,
  ): ReactNode => {
    const seen = new Set(trail).add(menu.id);
    const children: ReactNode[] = [];
    for (const k of MENU_KEYS) {
      const action = menu.keys[k];
      if (!action) continue;
      const prefix = `${k} →`;
      const sub = action.kind === 'submenu' ? byId.get(action.menuId) : undefined;
      if (sub && !trail.has(sub.id) && sub.id !== menu.id)
        children.push(node(sub, level + 1, prefix, seen, `${key}/${k}`));
      else if (sub)
        children.push(
          leaf(`${key}/${k}`, `${prefix} ${sub.name} (${t('attendants.cycle')})`, menu.id, level + 1),
        );
      else children.push(leaf(`${key}/${k}`, `${prefix} ${describe(action)}`, menu.id, level + 1));
    }
    children.push(
      leaf(
        `${key}/timeout`,
        `${t('attendants.timeoutAction')}: ${describe(menu.timeoutAction)}`,
        menu.id,
        level + 1,
      ),
    );
    children.push(
      leaf(
        `${key}/invalid`,
        `${t('attendants.invalidAction')}: ${describe(menu.invalidAction)}`,
        menu.id,
        level + 1,
      ),
    );
    const selected = menu.id === selectedId;
    const count = problems[menu.id] ?? 0;
    return (
      <div
        key={key}
        role="treeitem"
        aria-level={level}
        aria-expanded
        aria-selected={selected}
        tabIndex={level === 1 ? 0 : -1}
        data-menu={menu.id}
        onKeyDown={() => undefined}
        style={{ padding: '2px 0' }}
      >
        <UnstyledButton
          tabIndex={-1}
          onClick={() => onSelect(menu.id)}
          px={8}
          py={2}
          style={{
            borderRadius: 6,
            border: `1px solid var(--mantine-color-${selected ? 'blue-6' : 'gray-4'})`,
            background: selected ? 'var(--mantine-color-blue-light)' : undefined,
          }}
        >
          <Text size="sm" fw={600} component="span">
            {via ? `${via} ` : ''}
            {menu.name}
          </Text>
          {count > 0 && (
            <Badge color="red" size="xs" ml={6}>
              {count}
            </Badge>
          )}
        </UnstyledButton>
        {/* biome-ignore lint/a11y/useSemanticElements: a tree's group of items (WAI-ARIA tree pattern), not a form group */}
        <div role="group" style={connector}>
          {children}
        </div>
      </div>
    );
  };

  const root = tree.menus[0];
  return (
    <Box>
      <div ref={ref} role="tree" aria-label={label} onKeyDown={onKeyDown}>
        {root && node(root, 1, null, new Set(), root.id)}
      </div>
    </Box>
  );
}
