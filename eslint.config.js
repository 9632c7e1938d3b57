// ESLint's and typescript-eslint's recommended rules for the code, eslint-plugin-astro's for
// components. Formatting is Prettier's job (`npm run format`), so there are no style rules here.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  // What a build, an install or a test run writes, and data that is not code.
  globalIgnores([
    'dist/',
    '.astro/',
    '.cache/',
    'test-results/',
    'content/',
    'tests/fixtures/',
    'docs/entity-judging/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  // Plain JavaScript files run in Node (config, scripts); TypeScript checks the names in .ts files.
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: globals.node } },
);
