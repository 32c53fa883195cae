// Configuration for running the extension-host suite in desktop VS Code, on machines that can
// download it (update.code.visualstudio.com). The shape follows @vscode/test-cli's
// defineConfig(), which is an identity function, so this file needs no import and works whether
// or not @vscode/test-cli is installed:
//
//   npx @vscode/test-cli                       # if you have it: runs `files` with its own mocha
//   node test/editor/run-electron.mjs          # what this project uses: @vscode/test-electron's
//                                              # runTests() with dist/test/suite/index.js, reading
//                                              # version, workspace, launchArgs and env from here
//
// Offline machines run the very same suite in code-server instead: test/editor/run-host-tests.mjs
// (see ../shared/docs/VSCODE-TESTING.md). Build first: `npm run build`.
export default [
  {
    label: 'minimum',
    // The oldest VS Code that package.json's engines.vscode accepts: catches use of newer APIs.
    version: '1.100.3',
    files: 'dist/test/suite/**/*.test.js',
    extensionDevelopmentPath: '.',
    extensionTestsPath: 'dist/test/suite/index.js',
    workspaceFolder: 'seeds',
    // Other installed extensions must not change what the suite sees; trust prompts would block.
    launchArgs: ['--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    env: { ANALYST_LENS_TEST_RESULT: 'test-results/electron-minimum.json' },
    mocha: { ui: 'bdd', timeout: 20000 },
  },
  {
    label: 'stable',
    version: 'stable',
    files: 'dist/test/suite/**/*.test.js',
    extensionDevelopmentPath: '.',
    extensionTestsPath: 'dist/test/suite/index.js',
    workspaceFolder: 'seeds',
    launchArgs: ['--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    env: { ANALYST_LENS_TEST_RESULT: 'test-results/electron-stable.json' },
    mocha: { ui: 'bdd', timeout: 20000 },
  },
];
