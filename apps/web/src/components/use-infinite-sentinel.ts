import { useEffect, useRef } from 'react';

/**
 * Calls `onVisible` when the returned element scrolls into view (with a margin, so the next page
 * arrives before the end is reached). Put the element after the last row. `loaded` (the number of
 * pages) re-arms the observer after each page: if the sentinel is still in view, it fires again.
 */
export function useInfiniteSentinel<T extends Element>(onVisible: () => void, enabled: boolean, loaded: number) {
  const ref = useRef<T | null>(null);
  const callback = useRef(onVisible);
  useEffect(() => {
    callback.current = onVisible;
  });

  useEffect(() => {
    const element = ref.current;
    if (!enabled || element === null || typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) callback.current();
      },
      { rootMargin: '600px 0px' },
    );
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [enabled, loaded]);

  return ref;
}
