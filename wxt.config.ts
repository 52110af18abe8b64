import { defineConfig } from 'wxt';
import { seedBundleForBuild } from './utils/node/seed-hook';

// The manifest is the extension's privacy promise: every permission below is listed with its
// reason in README.md ("Permissions"). Add nothing here without adding it there.
const SYNC_SOURCE_ORIGINS = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];

export default defineConfig({
  // Explicit imports everywhere: a reader sees where every name comes from.
  imports: false,
  publicDir: 'assets/public',
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    resolve: {
      alias: {
        react: 'preact/compat',
        'react-dom': 'preact/compat',
      },
    },
  }),
  zip: {
    // The Firefox sources zip is what AMO reviewers build the extension from: its sources, the
    // seed corpus and the build config. Not the tests, the corpus CLI, benchmark output (gigabytes
    // of synthetic corpora and profiles), CI, screenshots or source maps.
    excludeSources: [
      'bench-out/**',
      'tests/**',
      // The corpus CLI and the synthetic corpus; the seed hook and bundle writer stay (the build runs them).
      'utils/node/corpus-cli.ts',
      'utils/node/write-synth.ts',
      'utils/node/synth.ts',
      '.ci/**',
      'docs/**',
      'tmp/**',
      '**/*.map',
      '**/*.log',
    ],
  },
  hooks: {
    // The seed corpus becomes the extension's default index (/corpus/manifest.json + shards).
    'build:publicAssets': async (wxt, files) => {
      files.push(...(await seedBundleForBuild(wxt.config.root)));
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'nl',
    permissions: [
      'storage',
      'unlimitedStorage',
      'alarms',
      ...(browser === 'chrome' ? ['sidePanel'] : []),
    ],
    // Sync sources are asked for at the moment the user sets one (options page). MV2 (Firefox)
    // has no optional_host_permissions: the same origins go in optional_permissions there.
    ...(browser === 'firefox'
      ? { optional_permissions: SYNC_SOURCE_ORIGINS }
      : { optional_host_permissions: SYNC_SOURCE_ORIGINS }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'kamerlezer@kamerlezer.nl',
              strict_min_version: '142.0',
              // Kamerlezer collects nothing: no data leaves the browser but the sync request.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
