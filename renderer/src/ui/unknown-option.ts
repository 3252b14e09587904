import type { SelectOption } from './Select';

/**
 * A select's options with the chosen value kept visible when none of them has it (an owner id from an
 * old link, a source in the wrong case): the platform's select would show its first option ("Any
 * owner") while the figures are filtered by the value, all zeros with no reason given. Added only once
 * the options are known (`loaded`), so a list still loading does not flash "unknown".
 */
export function withUnknownOption(
  options: readonly SelectOption[],
  value: string | null | undefined,
  loaded: boolean,
  label: (value: string) => string,
): readonly SelectOption[] {
  if (!value || !loaded || options.some((o) => o.value === value)) return options;
  return [...options, { value, label: label(value) }];
}
