import { defineConfig } from 'vitest/config';

// Three layers, one command: unit tests are pure and fast; integration tests run real
// `astro build`s; e2e tests drive Debian's Chromium against a built site.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    fileParallelism: false,
    reporters: ['default'],
  },
});
