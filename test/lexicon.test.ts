import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {
  buildLexicon,
  compileLexicon,
  decodeLexicon,
  encodeLexicon,
  findString,
  hasForm,
  longestFormAt,
  linksOf,
  openLexicon,
  stringAt,
  coverage,
  defaultLexicon,
  englishFor,
  entryLemmas,
  formLinks,
  isContentWord,
  japaneseFor,
  knowsLemma,
  lemmatize,
  matchLoanword,
  parseEdict,
  parseEdictLine,
  parseJmdict,
  romanize,
  segmentJapanese,
  stemKey,
  streamJmdict,
  tokenizeEnglish
} from '../src/lexicon/index.js'
import {FALSE_LOANWORD_PAIRS, TRUE_LOANWORD_PAIRS} from './helpers/loanword-pairs.js'
import {PARIS_PAIRS} from './helpers/paris-pairs.js'

const corpus = (name: string): string => readFileSync(new URL(`../corpus/paris-2025/${name}`, import.meta.url), 'utf8')

describe('EDICT lines', () => {
  it('reads headword, reading, POS, senses and strips parenthesised notes', () => {
    const entry = parseEdictLine('推進 [すいしん] /(n,vs) (1) propulsion/drive/(n,vs) (2) promotion (e.g. of a government policy)/furtherance/implementation/(P)/')
    expect(entry).toEqual({
      headwords: ['推進'],
      readings: ['すいしん'],
      common: true,
      senses: [
        {pos: ['n', 'vs'], misc: [], glosses: ['propulsion', 'drive']},
        {pos: ['n', 'vs'], misc: [], glosses: ['promotion', 'furtherance', 'implementation']}
      ]
    })
  })

  it('treats a kana-only line as readings with no headword, and keeps uk/abbr as misc', () => {
    expect(parseEdictLine('インフラ /(n) (abbr) infrastructure/(P)/')).toMatchObject({headwords: [], readings: ['インフラ'], senses: [{pos: ['n'], misc: ['abbr'], glosses: ['infrastructure']}]})
    expect(parseEdictLine('為る [する] /(vs-i) (uk) to do/')?.senses[0].misc).toEqual(['uk'])
  })

  it('reads EDICT2 lines: several forms, per-form tags, EntL id, nested notes', () => {
    const entry = parseEdictLine('明白;明々白々(iK) [めいはく(P);めいめいはくはく] /(adj-na) obvious (esp. (of) facts)/clear/EntL1234567X/')
    expect(entry?.headwords).toEqual(['明白', '明々白々'])
    expect(entry?.readings).toEqual(['めいはく', 'めいめいはくはく'])
    expect(entry?.id).toBe('EntL1234567X')
    expect(entry?.common).toBe(true)
    expect(entry?.senses[0].glosses).toEqual(['obvious', 'clear'])
  })

  it('skips the header line, blank lines and malformed lines', () => {
    expect(parseEdictLine('　？？？ /EDICT, EDICT_SUB(P), EDICT2 Japanese-English Electronic Dictionary Files/')).toBeUndefined()
    expect(parseEdictLine('')).toBeUndefined()
    expect(parseEdictLine('no slash here')).toBeUndefined()
    expect(parseEdict('　？？？ /header/\n促進 [そくしん] /(n,vs) promotion/\n\n').length).toBe(1)
  })

  it('keeps a gloss that merely starts with a parenthesised note', () => {
    expect(parseEdictLine('同僚 [どうりょう] /(n) (one\'s) colleague/')?.senses[0].glosses).toEqual(['colleague'])
  })
})

const JMDICT_SAMPLE = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE JMdict [
<!ENTITY n "noun (common) (futsuumeishi)">
<!ENTITY vs "noun or participle which takes the aux. verb suru">
<!ENTITY uk "word usually written using kana alone">
]>
<JMdict>
<entry>
<ent_seq>1398710</ent_seq>
<k_ele><keb>促進</keb><ke_pri>news1</ke_pri></k_ele>
<r_ele><reb>そくしん</reb></r_ele>
<sense><pos>&n;</pos><pos>&vs;</pos><gloss>promotion</gloss><gloss>acceleration</gloss><gloss xml:lang="ger">Förderung</gloss></sense>
<sense><gloss>facilitation (of trade &amp; growth)</gloss></sense>
</entry>
<entry>
<ent_seq>1000000</ent_seq>
<r_ele><reb>ガバナンス</reb></r_ele>
<sense><pos>&n;</pos><misc>&uk;</misc><gloss>governance</gloss></sense>
</entry>
</JMdict>`

describe('JMdict XML', () => {
  it('reads forms, English glosses only, entity POS and inherited POS', () => {
    const [promote, governance] = parseJmdict(JMDICT_SAMPLE)
    expect(promote).toEqual({
      headwords: ['促進'],
      readings: ['そくしん'],
      common: true,
      id: '1398710',
      senses: [
        {pos: ['n', 'vs'], misc: [], glosses: ['promotion', 'acceleration']},
        {pos: ['n', 'vs'], misc: [], glosses: ['facilitation']}
      ]
    })
    expect(governance).toMatchObject({headwords: [], readings: ['ガバナンス'], common: false, senses: [{misc: ['uk']}]})
  })

  it('streams entries split across chunk boundaries', async () => {
    const chunks = JMDICT_SAMPLE.match(/[\s\S]{1,37}/g) ?? []
    const entries = []
    for await (const entry of streamJmdict(chunks)) entries.push(entry)
    expect(entries.map((entry) => entry.id)).toEqual(['1398710', '1000000'])
  })
})

describe('compiling', () => {
  const entries = parseEdict(
    [
      '促進 [そくしん] /(n,vs,adj-no) promotion/acceleration/encouragement/facilitation/spurring on/(P)/',
      'ガバナンス /(n) governance (esp. corporate)/',
      '能力 [のうりき] /(n) (Buddh) low-ranking priest who does manual labour at a temple/male temple employee/',
      '能力 [のうりょく] /(n) ability/faculty/(P)/',
      '昔 [むかし] /(n-adv,n-t) (arch) olden days/',
      'は /(prt) topic marker particle/'
    ].join('\n')
  )

  it('keeps content words of short glosses and drops long explanations', () => {
    expect(entryLemmas(entries[0])).toEqual(['promotion', 'acceleration', 'encouragement', 'facilitation', 'spur'])
    expect(entryLemmas(entries[2])).toEqual(['male', 'temple', 'employee'])
  })

  it('prefers common homographs, drops archaic senses and particles', () => {
    const compiled = compileLexicon(entries)
    const lexicon = buildLexicon(compiled)
    expect(englishFor(lexicon, '能力')).toEqual(['ability', 'faculty'])
    expect(englishFor(lexicon, '昔')).toEqual([])
    expect(englishFor(lexicon, 'は')).toEqual([])
    expect(japaneseFor(lexicon, 'promoting')).toEqual(['促進'])
  })

  it('round-trips through the binary format', () => {
    const compiled = compileLexicon(entries, {source: 'test\tsource'})
    const again = openLexicon(encodeLexicon(compiled))
    expect(again.formCount).toBe(compiled.forms.length)
    expect(compiled.forms.map((_, index) => stringAt(again.forms, index))).toEqual(compiled.forms)
    expect(compiled.lemmas.map((_, index) => stringAt(again.lemmas, index))).toEqual(compiled.lemmas)
    expect(again.entryCount).toBe(compiled.entryCount)
    expect(again.source).toBe('test\tsource')
    compiled.forms.forEach((form, index) => {
      expect(findString(again.forms, form)).toBe(index)
      expect([...linksOf(again, index)]).toEqual([...formLinks(compiled, index)])
    })
    expect(findString(again.forms, '促')).toBe(-1)
    expect(findString(again.forms, '促進者')).toBe(-1)
  })

  it('opens bytes at any offset (a Buffer from the pool is not aligned)', () => {
    const bytes = encodeLexicon(compileLexicon(entries))
    const shifted = new Uint8Array(bytes.length + 1)
    shifted.set(bytes, 1)
    expect(englishFor(openLexicon(shifted.subarray(1)), '能力')).toEqual(['ability', 'faculty'])
  })

  it('ships family keys that match stemKey (rebuild data/ with `npm run build:lexicon` after changing it)', () => {
    const lexicon = defaultLexicon()
    expect(lexicon.formCount).toBeGreaterThan(100_000)
    for (let lemma = 0; lemma < lexicon.lemmaCount; lemma++) {
      const key = stemKey(stringAt(lexicon.lemmas, lemma), knowsLemma(lexicon))
      if (stringAt(lexicon.keys, lexicon.keyOf[lemma]) !== key) expect.fail(`lemma ${stringAt(lexicon.lemmas, lemma)}: key ${key} not shipped`)
    }
  })

  it('finds the longest form at each place as a look-up of every length would', () => {
    const lexicon = defaultLexicon()
    const text = corpus('ja.md').normalize('NFKC')
    for (let start = 0; start < text.length; start++) {
      let naive = 0
      for (let length = Math.min(16, text.length - start); length >= 1 && naive === 0; length--) if (hasForm(lexicon, text.slice(start, start + length))) naive = length
      if (longestFormAt(lexicon, text, start, 16) !== naive) expect.fail(`at ${start} (${text.slice(start, start + 16)}): ${longestFormAt(lexicon, text, start, 16)} ≠ ${naive}`)
    }
  })

  it('rejects a file that is not a lexicon', () => {
    expect(() => decodeLexicon(new TextEncoder().encode('clause-align-lexicon 1\nsource\tx\n'))).toThrow(/not a clause-align lexicon/)
    expect(() => decodeLexicon(encodeLexicon(compileLexicon(entries)).subarray(0, 200))).toThrow(/truncated/)
  })
})

describe('English lemmas', () => {
  const table: Array<[string, string]> = [
    ['countries', 'country'], ['approaches', 'approach'], ['frameworks', 'framework'], ['SDGs', 'sdg'],
    ['classes', 'class'], ['children', 'child'], ['analyses', 'analysis'], ['process', 'process'],
    ['focus', 'focus'], ['making', 'make'], ['developing', 'develop'], ['running', 'run'],
    ['reducing', 'reduce'], ['driving', 'drive'], ['applied', 'apply'], ['assisted', 'assist'],
    ['needed', 'need'], ['digitally', 'digital'], ['possibly', 'possible'], ['happily', 'happy'],
    ['only', 'only'], ['early', 'early'], ['built', 'build'], ['countries’', 'country'], ["Summit's", 'summit']
  ]
  it.each(table)('%s → %s', (word, lemma) => expect(lemmatize(word)).toBe(lemma))

  it('leaves function words as they are and reads a contraction as its first word', () => {
    expect(lemmatize('does')).toBe('does')
    expect(['doesn\'t', 'couldn’t', 'won\'t', 'can\'t', 'we\'ll', 'I\'m', 'they\'ve'].map((word) => lemmatize(word))).toEqual(['does', 'could', 'will', 'can', 'we', 'i', 'they'])
    expect(['does', 'couldn\'t', 'won\'t'].some((word) => isContentWord(lemmatize(word)))).toBe(false)
    expect(lemmatize('including')).toBe('includ')
  })

  it('asks the lexicon to restore a dropped e', () => {
    expect(lemmatize('promoting')).toBe('promot')
    expect(lemmatize('promoting', (word) => word === 'promote')).toBe('promote')
  })

  it('folds derivations into one family key, but not short stems', () => {
    const same = [['promote', 'promotion'], ['inclusive', 'inclusion'], ['sustainable', 'sustainability'], ['governance', 'government'], ['innovate', 'innovation'], ['diverse', 'diversity'], ['ethical', 'ethic']]
    for (const [a, b] of same) expect(stemKey(a), `${a}/${b}`).toBe(stemKey(b))
    expect(stemKey('nation')).toBe('nation')
    expect(stemKey('action')).not.toBe(stemKey('act'))
    // Derivations the dictionary glosses with the other part of speech (独立 “independence”, 回復 “recovery”).
    for (const [a, b] of [['independent', 'independence'], ['impartial', 'impartiality'], ['recover', 'recovery'], ['different', 'difference']]) expect(stemKey(a), `${a}/${b}`).toBe(stemKey(b))
    // A noun in -ation takes the key of a verb the dictionary knows, else of the -ate verb.
    const known = (word: string) => ['recommend', 'inform'].includes(word)
    expect(stemKey('recommendation', known)).toBe(stemKey('recommend', known))
    expect(stemKey('information', known)).toBe(stemKey('inform', known))
    expect(stemKey('creation', known)).toBe(stemKey('create', known))
  })

  it('gives a noun or adjective made from a known verb by a change of its last letters the verb’s key', () => {
    const verbs = ['suspend', 'extend', 'permit', 'decide', 'include', 'reserve', 'produce', 'describe']
    const known = (word: string) => verbs.includes(word)
    const pairs = [['suspension', 'suspend'], ['extension', 'extend'], ['permission', 'permit'], ['decision', 'decide'], ['inclusive', 'include'], ['inclusion', 'include'], ['reservation', 'reserve'], ['production', 'produce'], ['description', 'describe']]
    for (const [derived, verb] of pairs) expect(stemKey(derived, known), `${derived}/${verb}`).toBe(stemKey(verb, known))
    // Not without the verb in the dictionary, and not an adjective in -nsive: extensive is not extend.
    expect(stemKey('suspension')).not.toBe(stemKey('suspend'))
    expect(stemKey('extensive', known)).not.toBe(stemKey('extend', known))
    // With the bundled lexicon: the verb of the English is covered by the noun of the Japanese.
    const lexicon = defaultLexicon()
    const result = coverage('Your right to reserve rooms is suspended for a week.', '1週間の予約停止となります。', lexicon)
    expect(result.english.filter((word) => word.via).map((word) => word.text)).toEqual(expect.arrayContaining(['reserve', 'suspend']))
  })

  it('tokenises hyphenated words whole and in parts, and filters function words', () => {
    const tokens = tokenizeEnglish('A multi-stakeholder, human-centric approach.')
    expect(tokens.map((token) => token.lemma)).toEqual(['a', 'multi-stakeholder', 'human-centric', 'approach'])
    expect(tokens[1].parts).toEqual(['multi', 'stakeholder'])
    expect(['the', 'of', 'our', 'will', 'x'].filter(isContentWord)).toEqual([])
    expect(['ai', 'g7', '2025', 'planet'].filter(isContentWord)).toEqual(['ai', 'g7', '2025', 'planet'])
  })
})

describe('Japanese segmentation on the Paris text', () => {
  const ja = corpus('ja.md')
  const lexicon = defaultLexicon()
  const line = (needle: string): string => ja.split('\n').find((text) => text.includes(needle)) ?? ''

  it('finds 持続可能な, 包摂的, 促進する and ガバナンス with their dictionary forms', () => {
    const words = [...segmentJapanese(line('人々と地球のために持続可能'), lexicon), ...segmentJapanese(line('開放的・包摂的'), lexicon), ...segmentJapanese(line('国際的なAIガバナンスの調整'), lexicon), ...segmentJapanese(line('AIへのアクセスを促進'), lexicon)]
    const byForm = new Map(words.map((word) => [word.surface, word.forms]))
    expect(byForm.get('持続可能な')).toEqual(['持続可能'])
    expect(byForm.get('包摂的')).toEqual(['包摂'])
    expect(byForm.get('ガバナンス')).toEqual(['ガバナンス'])
    expect(byForm.get('促進すること') ?? byForm.get('促進する')).toEqual(['促進'])
  })

  it('undoes okurigana and skips particles and function words', () => {
    const words = segmentJapanese('我々は、不平等を是正し、能力を高めることを目指します。', lexicon)
    expect(words.map((word) => word.surface)).toEqual(['不平等', '是正し', '能力', '高める', '目指し'])
    expect(words.find((word) => word.surface.startsWith('高め'))?.forms).toEqual(['高める'])
    expect(words.some((word) => /^[はをにの]$/.test(word.surface) || word.surface === '我々')).toBe(false)
  })

  it('reads a verb stem that is also a noun as both (話し talk, 話す speak)', () => {
    expect(segmentJapanese('講師は英語を話します。', lexicon).find((word) => word.surface === '話し')?.forms).toEqual(['話し', '話す'])
    expect(coverage('The lecturers speak English.', '講師は英語を話します。', lexicon).uncoveredEnglish).toEqual([])
  })

  it('reads a katakana word that goes on in kanji as the compound the dictionary has (ドイツ語 German)', () => {
    const words = segmentJapanese('ドイツ語とスマートフォン用アプリ', lexicon)
    expect(words.map((word) => word.surface)).toEqual(['ドイツ語', 'スマートフォン', '用', 'アプリ'])
    expect(words[0].forms).toEqual(['ドイツ語', 'ドイツ'])
    expect(coverage('German', 'ドイツ語', lexicon).englishCoverage).toBe(1)
  })

  it('keeps a Latin word with inner hyphens whole, as English tokens do', () => {
    const words = segmentJapanese('--legacy-output フラグとS3-compatibleな設定を削除しました。', lexicon)
    expect(words.filter((word) => word.kind === 'latin').map((word) => word.surface)).toEqual(['legacy-output', 'S3-compatible'])
  })

  it('keeps katakana compounds with their dictionary pieces, Latin tokens and numbers', () => {
    const words = segmentJapanese('開かれたマルチステークホルダーのアプローチ、SDGsと2025年2月', lexicon)
    expect(words.find((word) => word.surface === 'マルチステークホルダー')?.forms).toEqual(['マルチ', 'ステークホルダー'])
    expect(words.filter((word) => word.kind === 'latin').map((word) => word.surface)).toEqual(['SDGs'])
    expect(words.find((word) => word.surface === '2')?.english).toEqual(['february'])
  })
})

describe('loanwords', () => {
  it('romanises long vowels, gemination, small kana and ヴ', () => {
    expect(romanize('コミットメント')).toBe('komittomento')
    expect(romanize('フォローアップ')).toBe('forooappu')
    expect(romanize('サステナビリティ')).toBe('sasutenabiriti')
    expect(romanize('ヴィジョン')).toBe('vijon')
    expect(romanize('コンピューター')).toBe('kompyuutaa')
    expect(romanize('ディスカッション')).toBe('disukasshon')
    expect(romanize('ウィンドウ')).toBe('windou')
  })

  const score = (pairs: ReadonlyArray<readonly [string, string]>): number => pairs.filter(([kana, word]) => matchLoanword(kana, word).match).length

  it(`matches the true pairs (${TRUE_LOANWORD_PAIRS.length}) with recall ≥ 0.9 and rejects the false ones (${FALSE_LOANWORD_PAIRS.length}) with precision ≥ 0.9`, () => {
    expect(TRUE_LOANWORD_PAIRS.length).toBeGreaterThanOrEqual(30)
    expect(FALSE_LOANWORD_PAIRS.length).toBeGreaterThanOrEqual(30)
    const truePositives = score(TRUE_LOANWORD_PAIRS)
    const falsePositives = score(FALSE_LOANWORD_PAIRS)
    const recall = truePositives / TRUE_LOANWORD_PAIRS.length
    const precision = truePositives / (truePositives + falsePositives)
    expect(recall).toBeGreaterThanOrEqual(0.9)
    expect(precision).toBeGreaterThanOrEqual(0.9)
  })

  it.each([
    ['ガバナンス', 'governance', true], ['コミットメント', 'commitment', true], ['フォローアップ', 'follow-up', true],
    ['イノベーション', 'innovation', true], ['サステナビリティ', 'sustainability', true], ['デジタル', 'digital', true],
    ['インフラ', 'infrastructure', true], ['ガバナンス', 'innovation', false], ['データ', 'date', false], ['インフラ', 'influence', false]
  ] as const)('%s ↔ %s: %s', (kana, word, expected) => expect(matchLoanword(kana, word).match).toBe(expected))
})

describe('coverage', () => {
  it('counts a romanised name the dictionary cannot know only when it is matched', () => {
    const lexicon = defaultLexicon()
    const result = coverage('Kurayama Castle was built by the warlord Ishida Masanori', '蔵山城は武将・石田正則によって築かれた', lexicon)
    expect(result.english.filter((word) => word.name).map((word) => word.text)).toEqual(['kurayama', 'ishida', 'masanori'])
    const withoutNames = coverage('The castle was built by the warlord', '城は武将によって築かれた', lexicon)
    expect(result.englishCoverage).toBeCloseTo(withoutNames.englishCoverage, 5)
    // Matched, a name is evidence like any word; an ordinary capitalised word is no name.
    expect(coverage('Paris hosted the summit', 'サミットはParisで開かれた', lexicon).english.find((word) => word.text === 'paris')?.via).toBe('identical')
    expect(coverage('Visitors can rent bicycles', '自転車を借りられる', lexicon).english.some((word) => word.name)).toBe(false)
  })

  const lexicon = defaultLexicon()
  const normalise = (text: string): string => text.replace(/\s+/g, ' ')

  it('uses sentence pairs that are really in the Paris corpus', () => {
    const en = normalise(corpus('en.md'))
    const ja = corpus('ja.md')
    for (const [english, japanese] of PARIS_PAIRS) {
      expect(en).toContain(english)
      expect(ja).toContain(japanese)
    }
  })

  it('scores true pairs clearly above shuffled pairs', () => {
    const truth = PARIS_PAIRS.map(([en, ja]) => coverage(en, ja, lexicon).score)
    const shuffled = PARIS_PAIRS.flatMap(([en], i) => PARIS_PAIRS.filter((_, j) => j !== i).map(([, ja]) => coverage(en, ja, lexicon).score))
    const mean = (values: number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length
    console.log(`coverage true: ${truth.map((value) => value.toFixed(2)).join(' ')}; shuffled mean ${mean(shuffled).toFixed(2)} max ${Math.max(...shuffled).toFixed(2)}`)
    expect(Math.min(...truth)).toBeGreaterThan(Math.max(...shuffled))
    expect(mean(truth) - mean(shuffled)).toBeGreaterThan(0.4)
  })

  it('reports counterparts, how they were found, and the uncovered words', () => {
    const result = coverage('Reinforcing international cooperation to promote coordination in international governance and the OECD', '国際協力とガバナンス強化:国際的なAIガバナンスの調整を促進するため、OECDと協力を強化すること。', lexicon)
    const english = new Map(result.english.map((word) => [word.text, word]))
    expect(english.get('promote')).toMatchObject({counterpart: '促進する', via: 'dictionary'})
    expect(english.get('governance')?.via).toBe('dictionary')
    expect(english.get('oecd')).toMatchObject({counterpart: 'OECD', via: 'identical'})
    expect(result.uncoveredJapanese).toContain('AI')
    expect(result.uncoveredEnglish).not.toContain('promote')
    expect(result.score).toBeGreaterThan(0.7)
    expect(result.score).toBeLessThanOrEqual(1)
  })

  it('falls back to the loanword matcher for katakana the dictionary lacks', () => {
    const result = coverage('a sustainability audit', 'サステナビリティー監査', buildLexicon(compileLexicon(parseEdict('監査 [かんさ] /(n,vs) audit/'))))
    expect(result.english.find((word) => word.text === 'sustainability')).toMatchObject({via: 'loanword', counterpart: 'サステナビリティー'})
    expect(result.score).toBe(1)
  })

  it('lets the caller weigh words, and treats two empty sides as fully covered', () => {
    const weighted = coverage('digital planet', 'デジタル', lexicon, {englishWeight: (lemma) => (lemma === 'planet' ? 0 : 1)})
    expect(weighted.englishCoverage).toBe(1)
    expect(coverage('', '', lexicon).score).toBe(1)
  })
})
