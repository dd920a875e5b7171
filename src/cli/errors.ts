/** Exit codes shared by every command. */
export const EXIT_OK = 0;
/** A check found errors (used by `check`). */
export const EXIT_FINDINGS = 1;
/** Bad usage or unreadable input. */
export const EXIT_USAGE = 2;

/**
 * Bad input from the user. The CLI prints its message as one line and exits with 2;
 * it never prints a stack trace for these.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
