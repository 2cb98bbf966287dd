#!/usr/bin/env node
// Regenerates data/lexicon.bin (the binary index of src/lexicon/format.ts) from a dictionary file.
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
const {compileLexicon, encodeLexicon, readDictionary} = await import(pathToFileURL(`${scratch}/lexicon.js`).href)

const input = process.argv[2] ?? '/usr/share/edict/edict'
const output = process.argv[3] ?? new URL('../data/lexicon.bin', import.meta.url)
const {entries, source} = readDictionary(readFileSync(input), String(input))
const compiled = compileLexicon(entries, {source})
// Stored as is, not gzipped: the file is used where it lies (format.ts), and npm compresses
// the package anyway (the gzipped size below is about what the tarball carries).
const encoded = encodeLexicon(compiled)
writeFileSync(output, encoded)
console.log(`${entries.length} entries read, ${compiled.entryCount} used; ${compiled.forms.length} forms, ${compiled.lemmas.length} lemmas`)
console.log(`${encoded.length} bytes (${gzipSync(encoded, {level: 9}).length} bytes gzipped)`)
