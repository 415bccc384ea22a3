/**
 * Bundles. One entry per product surface, as an array of configs: `npx webpack --mode production` builds them
 * all, `--config-name cli` one of them. The web bundles (task pane, standalone page) join this array.
 * Type errors are `tsc --noEmit`'s job (npm test); here ts-loader only transpiles.
 */
import { chmodSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import webpack from 'webpack';

const root = dirname(fileURLToPath(import.meta.url));

/** What every bundle shares: TypeScript sources with extensionless imports, source maps. */
function base(mode) {
  return {
    mode,
    devtool: 'source-map',
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          loader: 'ts-loader',
          // tsconfig says noEmit (it is the type-check config); the loader must emit.
          options: { transpileOnly: true, compilerOptions: { noEmit: false } },
        },
      ],
    },
  };
}

/** Sets the executable bit on emitted `.cjs` files, so `dist/cli/phish-inspector.cjs` runs as a command. */
class ExecutablePlugin {
  apply(compiler) {
    compiler.hooks.assetEmitted.tap('ExecutablePlugin', (file, { targetPath }) => {
      if (file.endsWith('.cjs')) chmodSync(targetPath, 0o755);
    });
  }
}

/** The `phish-inspector` command: one CommonJS file for Node 20, with the core and its libraries inside. */
function cli(mode) {
  return {
    ...base(mode),
    name: 'cli',
    target: 'node20',
    entry: { 'phish-inspector': './src/cli/bin.ts' },
    output: { path: resolve(root, 'dist/cli'), filename: '[name].cjs', clean: true },
    // Not minified: size does not matter on a server, and an admin's bug report should carry a readable stack.
    optimization: { minimize: false },
    plugins: [new webpack.BannerPlugin({ banner: '#!/usr/bin/env node', raw: true, entryOnly: true }), new ExecutablePlugin()],
  };
}

export default (_env, argv) => {
  const mode = argv.mode ?? 'production';
  return [cli(mode)];
};
