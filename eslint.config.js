// Lint: typescript-eslint's recommended rules, plus no-unsanitized, which forbids the
// innerHTML-style sinks that would let corpus or page text run as HTML.
import tseslint from 'typescript-eslint';
import noUnsanitized from 'eslint-plugin-no-unsanitized';

export default tseslint.config(
  // tests/fixtures/releases: earlier releases' shipped build output, vendored as is (its README).
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'bench-out/**',
      'docs/**',
      'tests/fixtures/releases/**',
    ],
  },
  ...tseslint.configs.recommended,
  noUnsanitized.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Corpus and page text are data: render them as text, never as HTML.',
        },
      ],
    },
  },
);
