import { Input } from '@mantine/core';
import { type ReactNode, useId } from 'react';

type FileFieldProps = {
  label: string;
  description?: ReactNode;
  accept?: string;
  onChange: (file: File | null) => void;
  disabled?: boolean;
  error?: ReactNode;
  testId?: string;
};

/**
 * A native file input with a Mantine label: keyboard- and screen-reader-friendly as the browser
 * makes it, and reachable by browser tests (setInputFiles).
 */
export function FileField({ label, description, accept, onChange, disabled, error, testId }: FileFieldProps) {
  const id = useId();
  // The ids Input.Wrapper gives its description and error.
  const describedBy = [description ? `${id}-description` : '', error ? `${id}-error` : ''].join(' ').trim();
  return (
    <Input.Wrapper label={label} description={description} error={error} id={id}>
      <input
        id={id}
        type="file"
        accept={accept}
        disabled={disabled}
        aria-describedby={describedBy || undefined}
        aria-invalid={error ? true : undefined}
        data-testid={testId}
        onChange={(event) => onChange(event.currentTarget.files?.[0] ?? null)}
        style={{ display: 'block', marginTop: 4, font: 'inherit' }}
      />
    </Input.Wrapper>
  );
}
