/**
 * Bundles every action entry point (src/actions/<name>.ts) into dist/<name>/index.js. Code splitting puts
 * what several actions share (the AWS SDK above all) once into dist/shared/, under content-hashed names, so a
 * rebuild of the same sources reproduces dist/ byte for byte (test/unit/dist.test.ts checks it).
 */
import { build as esbuild } from 'esbuild'
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')

// CommonJS dependencies call require(); ES modules have none, so each output file gets its own.
const requireBanner =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"

export async function build(outdir = join(root, 'dist')): Promise<void> {
  const actions = readdirSync(join(root, 'src/actions'))
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .map((file) => file.slice(0, -'.ts'.length))
  rmSync(outdir, { recursive: true, force: true })
  await esbuild({
    absWorkingDir: root,
    entryPoints: actions.map((name) => ({ in: `src/actions/${name}.ts`, out: `${name}/index` })),
    outdir,
    chunkNames: 'shared/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    // Prefer the ES module builds (the AWS SDK ships both): they tree-shake better.
    mainFields: ['module', 'main'],
    minify: true,
    legalComments: 'eof',
    banner: { js: requireBanner },
    logLevel: 'warning'
  })
  // dist/ works even where no package.json declares ES modules.
  mkdirSync(outdir, { recursive: true })
  writeFileSync(join(outdir, 'package.json'), '{ "type": "module" }\n')
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await build()
}
