// Browser tests of the widgets, in the system's Chromium (no browser downloads on CI machines):
// `npm run test:browser`, or one file with `--files path/to/x.browser.test.ts`.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default {
  files: ['packages/**/src/**/*.browser.test.ts', 'plugins/**/src/**/*.browser.test.ts', '!**/node_modules/**'],
  // Lit's development build (picked by the `development` condition) announces itself in every file.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  nodeResolve: { exportConditions: ['portico-source', 'development', 'browser'] },
  plugins: [
    // Standard decorators (with `accessor`) are lowered by esbuild, as Chromium does not run them yet.
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'packages/widgets/tsconfig.json' }),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      },
    }),
  ],
  // The machine is small and shared: one page at a time, with room for a slow first compile.
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 120_000,
  testFramework: { config: { timeout: 10_000 } },
};
