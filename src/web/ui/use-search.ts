import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';

/** A filter box's text and the calmer value to send to the server. */
export function useSearch(initial = '') {
  const [value, setValue] = useState(initial);
  const [debounced] = useDebouncedValue(value.trim(), 300);
  return { value, onChange: setValue, query: debounced };
}
