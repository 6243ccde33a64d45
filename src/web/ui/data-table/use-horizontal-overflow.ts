import { useEffect, useRef, useState } from 'react';

/**
 * Whether an element's content is wider than the element (so that it scrolls sideways): the
 * table then draws a shadow beside its sticky actions column, over the cells that pass beneath.
 */
export function useHorizontalOverflow<E extends HTMLElement>() {
  const ref = useRef<E>(null);
  const [overflowing, setOverflowing] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (element === null || typeof ResizeObserver === 'undefined') return;
    const measure = () => setOverflowing(element.scrollWidth > element.clientWidth + 1);
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    const content = element.firstElementChild;
    if (content) observer.observe(content);
    measure();
    return () => observer.disconnect();
  }, []);
  return { ref, overflowing };
}
