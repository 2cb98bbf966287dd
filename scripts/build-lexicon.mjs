#!/usr/bin/env node
// Regenerates data/lexicon.txt.gz from a dictionary file.
//   node scripts/build-lexicon.mjs [dictionary] [output]
// dictionary: an EDICT/EDICT2 file (EUC-JP or UTF-8; default /usr/share/edict/edict from
// Debian's `edict` package) or a JMdict XML file (chosen when the name contains "jmdict"
// or the text starts with "<?xml"). The TypeScript sources are bundled first with tsup
// (a dev dependency) into a scratch folder, so the script runs exactly the shipped code
// without needing the package build to export it.
import {readFileSync, writeFileSync} from 'node:fs'
import {gzipSync} from 'node:zlib'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {build} from 'tsup'

const root = fileURLToPath(new URL('..', import.meta.url))
const scratch = `${root}node_modules/.cache/clause-align-lexicon`
await build({
  entry: {lexicon: `${root}src/lexicon/index.ts`},
  outDir: scratch,
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  silent: true,
  config: false
})
const {compileLexicon, readDictionary, serializeLexicon} = await import(pathToFileURL(`${scratch}/lexicon.js`).href)

const input = process.argv[2] ?? '/usr/share/edict/edict'
const output = process.argv[3] ?? new URL('../data/lexicon.txt.gz', import.meta.url)
const {entries, source} = readDictionary(readFileSync(input), String(input))
const compiled = compileLexicon(entries, {source})
const serialized = serializeLexicon(compiled)
const gz = gzipSync(serialized, {level: 9})
writeFileSync(output, gz)
console.log(`${entries.length} entries read, ${compiled.entryCount} used; ${compiled.forms.length} forms, ${compiled.lemmas.length} lemmas`)
console.log(`${serialized.length} chars raw (${Buffer.byteLength(serialized)} bytes), ${gz.length} bytes gzipped`)
