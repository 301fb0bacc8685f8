/** The first `max` characters of a text on one line, with an ellipsis when cut. */
export function excerpt(text: string, max = 120): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line;
}

/** A required text of at most `max` characters, as the API's zod rule trims and counts it. */
export function requiredTextError(
  value: string,
  max: number,
  messages: { required: string; tooLong: string },
): string | null {
  const trimmed = value.trim();
  if (!trimmed) return messages.required;
  return trimmed.length > max ? messages.tooLong : null;
}

/**
 * The API names an error in a list by its index (`naceCodes.2`); a multi-select shows it on the
 * whole field. Other paths are kept as they are.
 */
export function collapseListErrors(
  errors: Record<string, string>,
  lists: readonly string[],
): Record<string, string> {
  const collapsed: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const list = lists.find((name) => path.startsWith(`${name}.`));
    collapsed[list ?? path] ??= message;
  }
  return collapsed;
}
