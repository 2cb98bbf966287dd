import {readFileSync} from 'node:fs'
import {defineConfig} from 'tsup'

const {version} = JSON.parse(readFileSync('package.json', 'utf8')) as {version: string}

export default defineConfig({
  // The worker is an entry of its own: the pool starts it by path, next to the built module.
  entry: {index: 'src/index.ts', cli: 'src/cli/index.ts', worker: 'src/batch/worker.ts', remark: 'src/integrations/remark.ts', textlint: 'src/integrations/textlint.ts'},
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: {entry: {index: 'src/index.ts', remark: 'src/integrations/remark.ts', textlint: 'src/integrations/textlint.ts'}},
  define: {VERSION: JSON.stringify(version)},
  sourcemap: true,
  clean: true
})
