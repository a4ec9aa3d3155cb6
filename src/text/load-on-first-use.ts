/**
 * Loading a package on first use, in a way bundlers still see. The package
 * root does not import fast-xml-parser, the country tables or any-ascii: a
 * screen that needs none of them should not pay for loading them. Each is
 * loaded by a call written at its place of use as
 *
 *     typeof require === 'function' ? require('fast-xml-parser') : requireFromHere('fast-xml-parser')
 *
 * - run as ES modules by Node (no `require` in scope), `requireFromHere`
 *   loads it from node_modules, synchronously;
 * - in a bundle (esbuild, webpack), the literal `require('…')` is what the
 *   bundler follows: the package is carried in the bundle and still loaded
 *   on first use. A `createRequire` call alone is opaque to bundlers, which
 *   left it out of the bundle: `parseList` failed with "Cannot find module
 *   'fast-xml-parser'" in a serverless bundle without node_modules.
 *
 * The `require('…')` must stay written out at each place (a bundler only
 * follows a literal), which is why this file gives only the fallback.
 *
 * @example
 * ```ts
 * const parser = typeof require === 'function' ? require('fast-xml-parser') : requireFromHere('fast-xml-parser');
 * ```
 */
import { createRequire } from 'node:module';

/** `require` resolving from this package's own files (Node, unbundled). */
export const requireFromHere: NodeJS.Require = createRequire(import.meta.url);
