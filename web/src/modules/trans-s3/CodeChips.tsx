import { Badge, Group, type MantineColor, Tooltip } from '@mantine/core';

type Code = { code: string; name?: string | undefined };

type CodeChipsProps = {
  codes: readonly Code[];
  color?: MantineColor;
  /** What the codes are ("NACE"), for screen readers. */
  label: string;
  /** Shown when there are none; nothing when not given. */
  empty?: string;
};

/** Codes as small chips; each code's name in a tooltip (and as its accessible name). */
export function CodeChips({ codes, color = 'gray', label, empty }: CodeChipsProps) {
  if (codes.length === 0) return empty ? <span>{empty}</span> : null;
  return (
    <Group gap={4} role="list" aria-label={label}>
      {codes.map((code) => (
        <Tooltip
          key={code.code}
          label={code.name ?? code.code}
          disabled={!code.name}
          withinPortal
          multiline
          maw={320}
        >
          <Badge
            role="listitem"
            size="sm"
            variant="light"
            color={color}
            tabIndex={code.name ? 0 : undefined}
            aria-label={code.name ? `${code.code} ${code.name}` : code.code}
            styles={{ label: { overflow: 'visible', textTransform: 'none' } }}
          >
            {code.code}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}

/** Regions as chips: the code, its name in a tooltip. */
export function RegionChips({ regions, label }: { regions: readonly Code[]; label: string }) {
  return <CodeChips codes={regions} color="blue" label={label} />;
}
