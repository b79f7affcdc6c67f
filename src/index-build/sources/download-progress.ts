import cliProgress from 'cli-progress';

/** Byte progress on stderr; a no-op unless asked for and stderr is a terminal. */
export interface ByteProgress {
  start(total: number | undefined, done: number): void;
  update(done: number): void;
  stop(): void;
}

const MB = 1024 * 1024;

export function byteProgress(enabled: boolean, label: string): ByteProgress {
  if (!enabled || !process.stderr.isTTY) return { start() {}, update() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `${label} [{bar}] {percentage}% | {doneMb}/{totalMb} MB | ETA {eta_formatted}`,
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  let total = 0;
  const mb = (n: number) => (n / MB).toFixed(1);
  let started = false;
  return {
    start(expected, done) {
      total = expected ?? 0;
      bar.start(total, done, { doneMb: mb(done), totalMb: expected === undefined ? '?' : mb(total) });
      started = true;
    },
    update(done) {
      if (total < done) bar.setTotal((total = done));
      bar.update(done, { doneMb: mb(done) });
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}
