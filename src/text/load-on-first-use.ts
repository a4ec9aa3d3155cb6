/**
 * Loading a package on first use, in a way bundlers still see. The package
 * root does not import fast-xml-parser, the country tables or any-ascii: a
 * screen that needs none of them should not pay for loading them. Each is
 * loaded at its place of use by
 *
 *     loadOnFirstUse(() => require('fast-xml-parser'), () => requireFromHere('fast-xml-parser'))
 *
 * - run as ES modules by Node (no `require` in scope), the second function
 *   loads it from node_modules, synchronously (`createRequire`);
 * - in an esbuild bundle (ESM or CommonJS output), the literal `require('…')`
 *   of the first function is what esbuild follows: the package is carried in
 *   the bundle and still loaded on first use; when the bundle left it out
 *   (`--external`), that `require` throws and the second function loads it
 *   from node_modules. A `createRequire` call alone is opaque to bundlers,
 *   which left the package out: `parseList` failed with "Cannot find module
 *   'fast-xml-parser'" in a serverless bundle without node_modules.
 *
 * The `require('…')` must stay written out at each place (a bundler only
 * follows a literal). webpack does not follow `require` in ES modules: a
 * webpack build needs these packages in node_modules beside it.
 *
 * @example
 * ```ts
 * const parser = loadOnFirstUse(() => require('fast-xml-parser'), () => requireFromHere('fast-xml-parser'));
 * ```
 */
import { createRequire } from 'node:module';

let nodeRequire: NodeJS.Require | undefined;

/** Node's `require`, resolving from this package's own files (made on first call: a CommonJS bundle has no `import.meta.url` to make it from). */
function fromHere(): NodeJS.Require {
  nodeRequire ??= createRequire(import.meta.url);
  return nodeRequire;
}

/** Loads `id` with Node's `require`, from this package's files. */
export function requireFromHere(id: string): unknown {
  return fromHere()(id);
}

/** The path of `id` as Node's `require` resolves it from this package's files. */
export function resolveFromHere(id: string): string {
  return fromHere().resolve(id);
}

/**
 * `bundled()` where a bundler's `require` is in scope and carries the
 * package, else `unbundled()` (see the file comment).
 */
export function loadOnFirstUse<T>(bundled: () => T, unbundled: () => T): T {
  if (typeof require === 'function') {
    try {
      return bundled();
    } catch {
      // a bundle that left the package out: Node's own loader below
    }
  }
  return unbundled();
}
