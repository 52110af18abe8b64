import { defineConfig } from 'wxt';

// The manifest is the extension's privacy promise: every permission below is listed with its
// reason in README.md ("Permissions"). Add nothing here without adding it there.
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
    // Sync sources are asked for at the moment the user sets one (options page).
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
  }),
});
