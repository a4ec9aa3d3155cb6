/**
 * The layers of src/ (docs/DESIGN.md, "Layers"), lowest first: a module may
 * import its own layer and the layers below it, never one above, and no
 * runtime import cycle is allowed. `npm run lint:layers` (part of `npm test`)
 * checks it.
 */
const LAYERS = [
  ['foundation', '^src/(types|errors|validate|scoring-model|engine)\\.ts$'],
  ['text', '^src/text/'],
  ['parse', '^src/parse/'],
  ['diff', '^src/diff/'],
  ['normalize', '^src/normalize/'],
  ['match', '^src/match/'],
  ['search', '^src/search/'],
  ['snapshot', '^src/snapshot/'],
  ['source', '^src/source/'],
  ['screen', '^src/(screen|payments|decisions)/'],
  ['serve', '^src/serve/'],
  ['cli', '^src/cli/'],
  ['package root', '^src/index\\.ts$'],
];

const layerRules = LAYERS.slice(0, -1).map(([name, path], i) => ({
  name: `layer:${name}`,
  severity: 'error',
  comment: `${name} may import only ${LAYERS.slice(0, i + 1).map(([n]) => n).join(', ')}: a higher layer (${LAYERS.slice(i + 1).map(([n]) => n).join(', ')}) imports it, not the other way round`,
  from: { path },
  to: { path: LAYERS.slice(i + 1).map(([, p]) => `(${p})`).join('|') },
}));

module.exports = {
  forbidden: [
    {
      name: 'no-runtime-cycle',
      severity: 'error',
      comment: 'A runtime import cycle (type-only imports aside): modules load in an order that depends on who imports first',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'in-a-layer',
      severity: 'error',
      comment: 'Every module of src/ belongs to a layer of .dependency-cruiser.cjs (add a new folder there and in docs/DESIGN.md)',
      from: { path: '^src/', pathNot: LAYERS.map(([, p]) => `(${p})`).join('|') },
      to: {},
    },
    ...layerRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '^(dist|node_modules)/' },
  },
};
