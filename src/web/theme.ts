import { Badge, createTheme, Table } from '@mantine/core';

/** Calm and legible: indigo accents, keyboard focus rings only when navigating by keyboard. */
export const theme = createTheme({
  primaryColor: 'indigo',
  focusRing: 'auto',
  // People who ask their system for less motion get no animated dialogs and menus.
  respectReducedMotion: true,
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    Table: Table.extend({ defaultProps: { fz: 'sm' } }),
    // Badges in table cells keep their whole word instead of shrinking to "ACT…".
    Badge: Badge.extend({
      styles: {
        root: { maxWidth: 'none', flexShrink: 0, textTransform: 'none' },
        label: { overflow: 'visible' },
      },
    }),
  },
});
