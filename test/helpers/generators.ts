/** fast-check generators of Markdown documents in English and Japanese. */
import fc from 'fast-check'

const enWords = [
  'the', 'summit', 'AI', 'participants', 'met', 'in', 'Paris', 'on', '10', 'February', '2025', 'e.g.', 'i.e.', 'U.S.',
  'No. 5', 'Art. 3', '3.5', 'and', 'but', 'which', 'we', 'OECD', 'G7', 'J. Smith', 'Dr.', 'rights', '100',
  '**bold**', '*emphasis*', '`code`', '\\*', '&amp;', '&#12354;', '[a link](https://example.com)', '"quoted."', '(aside)',
  '–', '-', 'elysee.fr'
]
const enEnds = ['.', '?', '!', ';', ':', ',', '', '. elysee.fr', '.[^n]']

const jaPieces = [
  '委員会は', '会合を開き、', '年間予算を', '審議した', '2025年2月10日', '１００', '三つの', '「引用です。」と', '（注：例です。）',
  'AIの', 'について、', 'ので、', '安全性、', 'イノベーション', '**強調**', '`コード`', 'OECD', '\\*', '&amp;', '𠮷野家'
]
const jaEnds = ['。', '！', '？', '、', '', '。elysee.fr', '。 reuters.com', '：']

const enSentence = fc
  .tuple(fc.array(fc.constantFrom(...enWords), {minLength: 1, maxLength: 12}), fc.constantFrom(...enEnds), fc.boolean())
  .map(([words, end, capital]) => {
    const text = words.join(' ') + end
    return capital ? text[0].toUpperCase() + text.slice(1) : text
  })
const jaSentence = fc
  .tuple(fc.array(fc.constantFrom(...jaPieces), {minLength: 1, maxLength: 8}), fc.constantFrom(...jaEnds))
  .map(([pieces, end]) => pieces.join('') + end)

function blocks(sentence: fc.Arbitrary<string>, labels: string[]): fc.Arbitrary<string> {
  const text = fc.array(sentence, {minLength: 1, maxLength: 4}).map((parts) => parts.join(' '))
  const labelled = fc.tuple(fc.constantFrom(...labels), text).map(([label, body]) => label + body)
  const line = fc.oneof(text, labelled)
  const block = fc.oneof(
    text,
    labelled,
    text.map((body) => `# ${body}`),
    text.map((body) => `> ${body}`),
    fc.array(line, {minLength: 1, maxLength: 4}).map((items) => items.map((item) => `- ${item}`).join('\n')),
    fc
      .array(fc.tuple(line, fc.array(line, {maxLength: 3}), fc.option(text)), {minLength: 1, maxLength: 4})
      .map((items) =>
        items
          .map(([item, nested, after], index) =>
            [`${index + 1}. ${item}`, ...nested.map((sub) => `   - ${sub}`), ...(after ? ['', `   ${after}`] : [])].join('\n')
          )
          .join('\n')
      ),
    fc.constant('```\nconst x = 1\n```'),
    fc.constant('[^n]: A footnote text.')
  )
  return fc
    .tuple(fc.array(block, {minLength: 1, maxLength: 6}), fc.constantFrom('\n', '\r\n'), fc.boolean())
    .map(([parts, eol, bom]) => (bom ? '\uFEFF' : '') + parts.join('\n\n').replace(/\n/g, eol) + eol)
}

export const englishMarkdown = blocks(enSentence, ['Note: ', 'Summary - '])
export const japaneseMarkdown = blocks(jaSentence, ['参加者 - ', '公共目的のAI：', '注:'])

/** Hostile glossaries: overlapping, repeated, differently cased terms, regex characters, astral ones. */
const termPieces = ['data', 'Data', 'set', 'AI', 'a', 'e', 's', 'es', '.', '*', '(', '|', '\\', '$', 'データ', 'デ', 'タ', '𠮷', '😀', 'ß', 'ẞ', 'K', 'k']
const term = fc.array(fc.constantFrom(...termPieces), {minLength: 1, maxLength: 3}).map((parts) => parts.join(''))
export const hostileGlossary = fc.array(
  fc.record({en: fc.array(term, {minLength: 1, maxLength: 3}), ja: fc.array(term, {minLength: 1, maxLength: 3}), forbidden: fc.array(term, {maxLength: 2})}),
  {minLength: 1, maxLength: 8}
)
/** Text made of the same pieces, with spaces and punctuation between them. */
export const termText = fc
  .array(fc.oneof(fc.constantFrom(...termPieces), fc.constantFrom(' ', ', ', 'S', 'ES', 'x', '1')), {maxLength: 30})
  .map((parts) => parts.join(''))

/** Control characters, escape sequences and bidi controls a document may carry to a terminal. */
export const controlText = fc
  .array(fc.oneof(fc.constantFrom('\u001b[2J', '\u001b]8;;https://evil.example\u0007link\u001b]8;;\u0007', '\u202e', '\u2066', '\u0007', '\u009b', '\u0085', '\u2028', 'text', ' ', '😀'), fc.string({unit: 'binary', maxLength: 3})), {minLength: 1, maxLength: 8})
  .map((parts) => parts.join(''))

/** Block quotes and lists nested to a given depth, mixed. */
export const deepNesting = fc
  .tuple(fc.integer({min: 1, max: 140}), fc.constantFrom('> ', '- ', '1. ', '> - '))
  .map(([depth, marker]) => ({depth: marker === '> - ' ? depth * 2 : depth, markdown: marker.repeat(depth) + 'Deep text.\n'}))

/** Sentences dense in astral characters (emoji, CJK extension B), long enough to be cut in messages. */
export const astralSentence = fc
  .array(fc.constantFrom('😀', '𠮷', '👍🏽', 'a', 'あ', ' ', 'word'), {minLength: 40, maxLength: 120})
  .map((parts) => parts.join('') + '.')
