/**
 * A full garbage collection now, when the process runs with `--expose-gc` (`npm run index`
 * does); otherwise nothing. V8 grows its heap lazily when memory is plentiful: a build that has
 * just let go of a few hundred megabytes would otherwise carry them into its next stage, and the
 * build's peak is the sum.
 */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
