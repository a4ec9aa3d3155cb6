/**
 * The library's name and version, recorded in every result so that a
 * decision can be replayed with the same engine. A test checks it against
 * package.json.
 */
export const ENGINE = 'unsc-screen@0.1.0';
