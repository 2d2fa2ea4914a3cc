import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/integration/**/*.test.ts'],
    // happy-dom, not jsdom: WxtVitest with jsdom trips over TextEncoder (docs/toolchain.md).
    environment: 'happy-dom',
    setupFiles: ['tests/setup/fake-indexeddb.ts'],
    testTimeout: 30_000,
  },
});
