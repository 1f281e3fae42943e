import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    // The quality gates' totals (pages, violations, links, bad inputs) end the output.
    reporters: ['default', './tests/support/quality-totals-reporter.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: [...configDefaults.exclude, 'tests/site/**', 'tests/pdf/**', 'tests/e2e/**'] },
      },
      {
        // The whole site, built once from the shipped content by the global setup, then read
        // as HTML, and its PDF editions (made by that same build) read with poppler and pdf.js;
        // tests/e2e/ drives that build in Chromium.
        // `npx vitest run --project unit` skips it.
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/pdf/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/site/build-site.ts'],
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
