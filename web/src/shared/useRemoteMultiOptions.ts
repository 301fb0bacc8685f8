import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';

export type Option = { value: string; label: string };

/**
 * State for a MultiSelect whose options the server searches: the search text (and the debounced,
 * trimmed text to query with), and the labels of the chosen values, which a later search may not
 * bring back. Render with `searchValue={search}`, `onSearchChange={setSearch}`,
 * `data={withChosen(found)}` and call `keepLabels(next, options)` in `onChange`.
 */
export function useRemoteMultiOptions(value: readonly string[], knownOptions: readonly Option[] = []) {
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<Option[]>([]);
  const [debouncedSearch] = useDebouncedValue(search.trim(), 250);

  /** The options found, then one for every chosen value they lack (picked here or known from outside). */
  function withChosen(found: readonly Option[]): Option[] {
    // Every chosen value needs an option, or its pill has no label.
    const options = [...found];
    for (const option of [...picked, ...knownOptions]) {
      if (value.includes(option.value) && !options.some((known) => known.value === option.value))
        options.push(option);
    }
    return options;
  }

  /** Remembers the labels of the values just chosen (from the options shown) and forgets removed ones. */
  function keepLabels(next: readonly string[], options: readonly Option[]): void {
    setPicked((previous) => [
      ...previous.filter((option) => next.includes(option.value)),
      ...options.filter(
        (option) => next.includes(option.value) && !previous.some((known) => known.value === option.value),
      ),
    ]);
  }

  return { search, setSearch, debouncedSearch, withChosen, keepLabels };
}
