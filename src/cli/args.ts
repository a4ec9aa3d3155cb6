/**
 * Command-line options: node:util parseArgs, with mistakes as UsageError.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage.js';
import { boundedEditDistance } from '../text/distance.js';

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
    const { code, message } = error as NodeJS.ErrnoException;
    const unknown = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /^Unknown option '([^']+)'/.exec(message)?.[1] : undefined;
    if (unknown !== undefined) {
      const closest = closestOption(unknown, Object.keys(options));
      throw new UsageError(`unknown option ${unknown}${closest === undefined ? '' : `: did you mean --${closest}?`} (--help lists the options)`);
    }
    throw new UsageError(message.replace(/^TypeError \[[A-Z_]+\]: /, ''));
  }
}

/**
 * The known option nearest to a mistyped one (edit distance at most 2, or a
 * third of its length; a swap of neighbours is one edit, as for names:
 * `boundedEditDistance`), or undefined when none is near.
 *
 * @example
 * ```ts
 * closestOption('--workrs', ['workers', 'output']); // 'workers'
 * closestOption('--bogus', ['workers', 'output']); // undefined
 * ```
 */
export function closestOption(given: string, known: readonly string[]): string | undefined {
  const name = given.replace(/^-+/, '').replace(/=.*$/, '');
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const option of known) {
    const distance = boundedEditDistance(name, option, bestDistance - 1);
    if (distance < bestDistance) {
      best = option;
      bestDistance = distance;
    }
  }
  return best;
}

/** A number option in [min, max] (min `Number.MIN_VALUE`: above 0), or undefined when absent. */
export function numberOption(value: string | undefined, name: string, min: number, max: number, integer = false): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number < min || number > max || (integer && !Number.isInteger(number))) {
    const range = min === Number.MIN_VALUE ? `between 0 and ${max} (above 0, at most ${max})` : `from ${min} to ${max}`;
    throw new UsageError(`--${name} must be ${integer ? 'a whole number' : 'a number'} ${range}, got "${value}"`);
  }
  return number;
}
