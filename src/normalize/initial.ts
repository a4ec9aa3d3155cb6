/**
 * Initials: a one-letter Latin token (the `initial` token class, the
 * `initial` similarity rule, and the tokens the candidate bound never
 * requires).
 */

/**
 * Whether a folded token is an initial: one Latin letter.
 *
 * @example
 * ```ts
 * isInitial('w'); // true
 * isInitial('wo'); // false
 * ```
 */
export function isInitial(form: string): boolean {
  return form.length === 1 && form >= 'a' && form <= 'z';
}
