// Import cycles, type-only imports included: each one is a type or a function in the wrong file. The direction
// between folders is ESLint's (eslint.config.js); this keeps files from importing in a circle.
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle means something lives in the wrong file: move it to the module that owns it.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|dist-bench|geodata/build|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.svelte', '.js', '.json'] },
  },
};
