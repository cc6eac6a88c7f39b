import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'test/**/*.test.ts',
      'server/**/*.test.ts',
      'contracts/**/*.test.ts',
      'client/**/*.test.ts',
      'kit/**/*.test.ts',
    ],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
