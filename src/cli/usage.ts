/** A mistake in how the CLI was called: exit status 2 with a clear message. */
export class UsageError extends Error {
  override name = 'UsageError' as const;
}
