// Typed linting for TypeScript and Astro files; zero warnings allowed (`--max-warnings 0`).
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', '.bench/', 'tests/fixtures/', 'public/'] },
  tseslint.configs.strictTypeChecked,
  astro.configs.recommended,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.astro'] },
    },
    rules: {
      // Numbers and booleans in template strings are how messages are built here.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // With noUncheckedIndexedAccess, `list[i]!` after a bounds check is the clearest way to say "present".
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `(line) => console.log(line)` reads better than a braced body in callbacks.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
    },
  },
  {
    files: ['**/*.astro'],
    rules: {
      // astro-eslint-parser types JSX inside templates as `error`, so every `.map(() => <li/>)` would be flagged.
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  { files: ['**/*.js', '**/*.mjs'], extends: [tseslint.configs.disableTypeChecked] },
);
