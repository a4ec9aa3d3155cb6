/**
 * Where `npm run model:fit` (bench/fit-evidence.ts) writes a fit: the
 * default fit into the committed model files, a variant (measured, not kept)
 * beside them under its own name.
 */

/** The fit's options that make a variant; each left out is the default fit's. */
export interface FitVariant {
  /** `all` adds the synthetic negatives to the strangers. */
  strangers?: 'real' | 'all';
  /** The list's own strangers in the per-country nationality u (default true). */
  listCountries?: boolean;
  /** Weigh a same year and a range per year that gives it (`birthYearsCountWeight`, `yearsGiving`); default false. */
  yearCount?: boolean;
  /** Count a field's outcomes only for parties that give that field (a stranger with no birth date tells nothing of birth dates); default false. */
  givenFields?: boolean;
}

/**
 * The name of a fit's variant: the options that differ from the default
 * fit's, in a fixed order (`year-count`, `strangers-all-given-fields`), or
 * undefined for the default fit.
 *
 * @example
 * ```ts
 * variantName({}) // undefined
 * variantName({ yearCount: true }) // 'year-count'
 * ```
 */
export function variantName(options: FitVariant): string | undefined {
  const flags = [
    options.strangers === 'all' ? 'strangers-all' : '',
    options.listCountries === false ? 'no-list-countries' : '',
    options.yearCount === true ? 'year-count' : '',
    options.givenFields === true ? 'given-fields' : '',
  ].filter((flag) => flag !== '');
  return flags.length === 0 ? undefined : flags.join('-');
}

/**
 * Where the fit on `fold` with `options` is written, relative to the project:
 * its model variant and its tables, and whether it is the default model's
 * evidence block too. Only the default fit on every fold is; a variant
 * (measured, not kept) writes `bench/models/evidence-{fold}-{variant}.json`
 * (git-ignored) and leaves the default model and its committed fits alone.
 *
 * @example
 * ```ts
 * fitOutputs('all', {}).defaultBlock // true
 * fitOutputs('all', { yearCount: true }) // { model: 'bench/models/evidence-all-year-count.json', …, defaultBlock: false }
 * ```
 */
export function fitOutputs(fold: 'A' | 'B' | 'all', options: FitVariant): { model: string; tables: string; defaultBlock: boolean } {
  const variant = variantName(options);
  const stem = `bench/models/evidence-${fold}${variant === undefined ? '' : `-${variant}`}`;
  return { model: `${stem}.json`, tables: `${stem}.tables.json`, defaultBlock: fold === 'all' && variant === undefined };
}
