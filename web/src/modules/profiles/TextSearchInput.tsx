import { TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useState } from 'react';

type TextSearchInputProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId?: string;
};

/** The shared SearchInput (reports after a pause in typing), with a test id on the input. */
export function TextSearchInput({ label, value, onChange, testId }: TextSearchInputProps) {
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
