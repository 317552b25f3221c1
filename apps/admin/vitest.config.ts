import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'admin',
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
});
