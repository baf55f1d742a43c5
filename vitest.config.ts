import { defineConfig } from 'vitest/config';
import { markerSheets } from './scripts/build/markerSheets';

// Two projects, one runner: unit tests in Node, browser tests driving Debian's Chromium against the built app.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [markerSheets()],
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // A polled assertion waits on the browser, which a loaded machine slows: 1 s (the default) flakes.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
