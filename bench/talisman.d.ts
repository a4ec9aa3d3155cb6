// Minimal types for the parts of talisman (CommonJS, untyped) that unsc-screen uses.
declare module 'talisman/metrics/jaro-winkler.js' {
  /** Jaro-Winkler similarity in [0, 1]. */
  function jaroWinkler(a: string, b: string): number;
  export default jaroWinkler;
}
declare module 'talisman/phonetics/double-metaphone.js' {
  /** Primary and secondary Double Metaphone codes. */
  function doubleMetaphone(word: string): [string, string];
  export default doubleMetaphone;
}
