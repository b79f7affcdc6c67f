import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 600_000,
    pool: 'forks',
    reporters: ['default'],
    // Quiet logs unless asked for; tests that read log lines set their own logger.
    env: { LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
  },
});
