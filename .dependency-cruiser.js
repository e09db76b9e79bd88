/**
 * The layers of src/ (README, "Layout"), checked by `npm run lint`: a folder imports only from folders in the
 * layers below its own, never from a sibling of its layer, and no module imports itself through others. Type-only
 * imports count too: a type shared upwards ties the layers as much as a value.
 */
const layers = [
  ['core'],
  ['aws', 'github', 'iam'],
  ['analysis'],
  ['gates'],
  ['state'],
  ['preflight'],
  ['service', 'traffic'],
  ['rollout'],
  ['pair', 'native'],
  ['strategies'],
  ['summary'],
  ['main'],
  ['actions']
]

const folders = (names) => `^src/(${names.join('|')})/`

const layering = layers.flatMap((layer, index) => {
  const above = layers.slice(index + 1).flat()
  return layer.map((folder) => ({
    name: `layer-${folder}`,
    comment: `src/${folder} may import only from the layers below it`,
    severity: 'error',
    from: { path: folders([folder]) },
    to: { path: folders([...above, ...layer.filter((other) => other !== folder)]) }
  }))
})

export default {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'a module that imports, through others, what imports it blurs which depends on which',
      severity: 'error',
      from: {},
      to: { circular: true }
    },
    {
      name: 'no-unknown-folder',
      comment: 'every folder of src/ has its place in the layers above',
      severity: 'error',
      from: { path: '^src/', pathNot: folders(layers.flat()) },
      to: {}
    },
    ...layering
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules' }
  }
}
