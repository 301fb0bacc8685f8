import { useSearchParams } from 'react-router';

/**
 * Filters and page kept in the URL, so they survive reloads and the back button.
 * `get('q')` reads one ('' when absent); `set({ q })` changes some and, unless `offset` is among
 * them, goes back to the first page.
 */
export function useSearchParamState<Key extends string>() {
  const [searchParams, setSearchParams] = useSearchParams();
  const get = (key: Key): string => searchParams.get(key) ?? '';
  const set = (changes: Partial<Record<Key, string | number | null>>) => {
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null || value === undefined || value === '' || value === 0) next.delete(key);
          else next.set(key, String(value));
        }
        if (!('offset' in changes)) next.delete('offset');
        return next;
      },
      { replace: true },
    );
  };
  return { get, set };
}
