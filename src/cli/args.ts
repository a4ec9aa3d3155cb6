/**
 * Command-line options: node:util parseArgs, with mistakes as UsageError.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** What `parseOptions` returns for a given set of options. */
export type ParsedOptions<T extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: T; allowPositionals: true; strict: true }>
>;

/** Parses `args` against `options`; unknown options and missing values are usage errors. `-h` is `--help` for every command that has it. */
export function parseOptions<T extends Options>(args: string[], options: T): ParsedOptions<T> {
  try {
    const withShortHelp = 'help' in options ? { ...options, help: { type: 'boolean', short: 'h' } } : options;
    return parseArgs({ args, options: withShortHelp as T, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ''));
  }
}

/** A number option in [min, max], or undefined when absent. */
export function numberOption(value: string | undefined, name: string, min: number, max: number, integer = false): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < min || number > max || (integer && !Number.isInteger(number))) {
    throw new UsageError(`--${name} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}, got "${value}"`);
  }
  return number;
}
