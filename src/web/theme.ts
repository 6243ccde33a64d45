import { createTheme } from '@mantine/core';

/** Calm and legible: indigo accents, keyboard focus rings only when navigating by keyboard. */
export const theme = createTheme({
  primaryColor: 'indigo',
  focusRing: 'auto',
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    Table: { defaultProps: { fz: 'sm' } },
  },
});
