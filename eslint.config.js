// typescript-eslint's strict rules, with type information, on the project's TypeScript; Astro's
// recommended rules and the strict rules without type information on its components, whose typed
// linting would write a temporary .tsx file beside each one.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'dist-*/', 'dist.*/', '.astro/', 'test-results/', 'tests/.tmp/']),
  js.configs.recommended,
  tseslint.configs.strict,
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
  {
    files: ['**/*.ts'],
    extends: [tseslint.configs.strictTypeChecked],
    languageOptions: { parserOptions: { projectService: true } },
    rules: {
      // Numbers print as they should in messages, paths and CSS; nullish values and objects stay errors.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // `if (!found) return hide();` and `(event) => show(event)` are how this code hands control on;
      // a void value used anywhere else (assigned, passed, combined) is still an error.
      // `const { a, ...rest } = x` leaves `a` out of `rest`: that is its use.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      '@typescript-eslint/no-confusing-void-expression': [
        'error',
        { ignoreArrowShorthand: true, ignoreVoidReturningFunctions: true },
      ],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // In a test, `found!` is an assertion: a missing value fails the test at that line, as it should.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  astro.configs.recommended,
);
