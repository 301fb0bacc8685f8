import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';

type SearchInputProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** On the input element. */
  testId?: string;
};

/** Text filter that reports changes after a short pause in typing. */
export function SearchInput({ label, value, onChange, testId }: SearchInputProps) {
  const [text, setText] = useState(value);
  const report = useDebouncedCallback(onChange, 300);
  return (
    <TextInput
      label={label}
      type="search"
      value={text}
      data-testid={testId}
      onChange={(event) => {
        setText(event.currentTarget.value);
        report(event.currentTarget.value.trim());
      }}
    />
  );
}
