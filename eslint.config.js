import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'data/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Command-line shells and benchmarks talk to a terminal.
    files: ['src/cli/*.ts', 'src/main.ts', 'bench/**/*.ts', 'src/bot/console.ts'],
    rules: { 'no-console': 'off' },
  },
);
