// The shipped file format: line-based UTF-8 text, gzipped on disk.
//
//   clause-align-lexicon 1
//   source<TAB>free text            (one line per header field)
//   entries<TAB>123456
//   @lemmas<TAB>N                   then N lines, one English lemma each (its line is its id)
//   @forms<TAB>M                    then M lines: form<TAB>ids
//
// ids are ascending lemma ids, delta-encoded in base 36 and joined by commas: small
// numbers in a plain alphabet compress well under gzip and parse with parseInt.
import {formLinks, type CompiledLexicon} from './compile.js'

const MAGIC = 'clause-align-lexicon 1'

export function serializeLexicon(lexicon: CompiledLexicon): string {
  const lines = [MAGIC, `source\t${lexicon.source.replace(/[\t\n]/g, ' ')}`, `entries\t${lexicon.entryCount}`]
  lines.push(`@lemmas\t${lexicon.lemmas.length}`, ...lexicon.lemmas)
  lines.push(`@forms\t${lexicon.forms.length}`)
  lexicon.forms.forEach((form, index) => {
    let previous = 0
    const ids = [...formLinks(lexicon, index)].map((id) => {
      const delta = id - previous
      previous = id
      return delta.toString(36)
    })
    lines.push(`${form}\t${ids.join(',')}`)
  })
  return `${lines.join('\n')}\n`
}

export function parseLexicon(text: string): CompiledLexicon {
  const lines = text.split('\n')
  if (lines[0] !== MAGIC) throw new Error(`not a clause-align lexicon (first line: ${JSON.stringify(lines[0].slice(0, 40))})`)
  let source = ''
  let entryCount = 0
  let index = 1
  for (; index < lines.length && !lines[index].startsWith('@'); index++) {
    const [key, value = ''] = lines[index].split('\t')
    if (key === 'source') source = value
    if (key === 'entries') entryCount = Number(value)
  }
  const lemmaCount = Number(lines[index++].split('\t')[1])
  const lemmas = lines.slice(index, index + lemmaCount)
  index += lemmaCount
  const formCount = Number(lines[index++].split('\t')[1])
  const forms: string[] = new Array(formCount)
  const offsets = new Uint32Array(formCount + 1)
  let ids = new Uint32Array(formCount * 4)
  let count = 0
  for (let i = 0; i < formCount; i++) {
    const line = lines[index + i]
    const tab = line.indexOf('\t')
    forms[i] = line.slice(0, tab)
    offsets[i] = count
    // Hand-rolled base-36 delta decoding: this loop runs over a million ids at load.
    let previous = 0
    let value = 0
    for (let j = tab + 1; j <= line.length; j++) {
      const code = j < line.length ? line.charCodeAt(j) : 44
      if (code === 44) {
        previous += value
        if (count === ids.length) {
          const grown = new Uint32Array(ids.length * 2)
          grown.set(ids)
          ids = grown
        }
        ids[count++] = previous
        value = 0
      } else {
        value = value * 36 + (code <= 57 ? code - 48 : code - 87)
      }
    }
  }
  offsets[formCount] = count
  return {source, entryCount, lemmas, forms, offsets, ids: ids.slice(0, count)}
}
