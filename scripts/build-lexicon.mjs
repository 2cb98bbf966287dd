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
import {basename} from 'node:path'
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
const {compileLexicon, decodeEdict, parseEdict, parseJmdict, serializeLexicon} = await import(pathToFileURL(`${scratch}/lexicon.js`).href)

const input = process.argv[2] ?? '/usr/share/edict/edict'
const output = process.argv[3] ?? new URL('../data/lexicon.txt.gz', import.meta.url)
const bytes = readFileSync(input)
const utf8 = new TextDecoder('utf-8', {fatal: false}).decode(bytes.subarray(0, 4096))
const isXml = /jmdict/i.test(basename(input)) || utf8.trimStart().startsWith('<?xml')
// EDICT is distributed in EUC-JP; a UTF-8 copy (EDICT2u) decodes without replacement characters.
const isUtf8 = !new TextDecoder('utf-8').decode(bytes).includes('\uFFFD')
const text = isXml || isUtf8 ? bytes.toString('utf8') : decodeEdict(bytes)
const entries = isXml ? parseJmdict(text) : parseEdict(text)
const header = isXml ? text.slice(0, 20000) : text.slice(0, text.indexOf('\n'))
const created = /Created: (\d{4}-\d\d-\d\d)/.exec(header)?.[1] ?? /<!-- JMdict created: (\d{4}-\d\d-\d\d)/.exec(header)?.[1] ?? 'unknown date'
const source = `${isXml ? 'JMdict' : 'EDICT'} (EDRDG, CC BY-SA) ${basename(input)} created ${created}; compiled content-word subset`
const compiled = compileLexicon(entries, {source})
const serialized = serializeLexicon(compiled)
const gz = gzipSync(serialized, {level: 9})
writeFileSync(output, gz)
console.log(`${entries.length} entries read, ${compiled.entryCount} used; ${compiled.forms.length} forms, ${compiled.lemmas.length} lemmas`)
console.log(`${serialized.length} chars raw (${Buffer.byteLength(serialized)} bytes), ${gz.length} bytes gzipped`)
