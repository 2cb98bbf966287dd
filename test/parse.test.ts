import {describe, expect, it} from 'vitest'
import {
  ClauseAlignError,
  clausesOf,
  getNode,
  nodesOfType,
  paragraphOf,
  parentOf,
  parse,
  pathTo,
  sentencesOf,
  textOf,
  walk
} from 'clause-align'
import {ids, leafContent, markdownContent, pointsAgree, sliceHolds} from './helpers/invariants.js'

const sentences = (markdown: string, lang: 'en' | 'ja') => sentencesOf(parse(markdown, {lang})).map((sentence) => textOf(sentence))
const clauses = (markdown: string, lang: 'en' | 'ja') => clausesOf(parse(markdown, {lang})).map((clause) => clause.value)

describe('English sentences', () => {
  it('do not end at abbreviations, initials or decimals', () => {
    expect(
      sentences('See e.g. the report, i.e. the annex. The U.S. delegation met Dr. Smith at 3.5 p.m. on Jan. 5. Art. 3 and No. 5 apply. J. R. Smith agreed.', 'en')
    ).toEqual([
      'See e.g. the report, i.e. the annex.',
      'The U.S. delegation met Dr. Smith at 3.5 p.m. on Jan. 5.',
      'Art. 3 and No. 5 apply.',
      'J. R. Smith agreed.'
    ])
  })

  it('end at a.m., p.m. and etc. when a sentence opens after them, not before a name', () => {
    expect(sentences('Check-out is by 10:00 a.m. We can store your luggage. Bring pens, paper, etc. The room opens at 9 a.m. Tokyo time. Breakfast ends at 9:00 a.m. Please tell us of allergies.', 'en')).toEqual([
      'Check-out is by 10:00 a.m.',
      'We can store your luggage.',
      'Bring pens, paper, etc.',
      'The room opens at 9 a.m. Tokyo time.',
      'Breakfast ends at 9:00 a.m.',
      'Please tell us of allergies.'
    ])
  })

  it('end at ! and ? and after closing quotes', () => {
    expect(sentences('Is it done? Yes! He said "stop." Then he left.', 'en')).toEqual([
      'Is it done?',
      'Yes!',
      'He said "stop."',
      'Then he left.'
    ])
  })

  it('always end at a Markdown block boundary', () => {
    expect(sentences('First part without a stop\n\nSecond part', 'en')).toEqual(['First part without a stop', 'Second part'])
  })
})

describe('Japanese sentences', () => {
  it('do not end at an English abbreviation or before an opening bracket', () => {
    expect(sentences('製造元はHanover Pharma Ltd.（12 Mill Road, Leeds）です。提供はABC Inc.の子会社。次はA.（注）', 'ja')).toEqual([
      '製造元はHanover Pharma Ltd.（12 Mill Road, Leeds）です。',
      '提供はABC Inc.の子会社。',
      '次はA.（注）'
    ])
  })

  it('end at 。！？ but not inside brackets', () => {
    expect(sentences('彼は「明日行く。待っていて。」と言った。次の文！本当か？（注：これは例です。）最後の文', 'ja')).toEqual([
      '彼は「明日行く。待っていて。」と言った。',
      '次の文！',
      '本当か？',
      '（注：これは例です。）',
      '最後の文'
    ])
  })

  it('survive an unmatched bracket', () => {
    expect(sentences('「閉じない括弧。次の文。', 'ja')).toEqual(['「閉じない括弧。', '次の文。'])
  })

  it('keep a citation marker with the sentence it ends', () => {
    const tree = parse('会合が開かれました。elysee.fr\n次の文です。 reuters.com', {lang: 'ja'})
    const [first, second] = sentencesOf(tree)
    expect(first.children.map((child) => child.type)).toEqual(['ClauseNode', 'CitationNode'])
    expect(second.children.at(-1)).toMatchObject({type: 'CitationNode', value: 'reuters.com'})
  })
})

describe('citation markers', () => {
  it('are not taken from running text', () => {
    const tree = parse('Read it. Example.com is a website. Done.', {lang: 'en'})
    expect(nodesOfType(tree, 'CitationNode')).toHaveLength(0)
    expect(sentencesOf(tree)).toHaveLength(3)
  })

  it('are not a file name that opens the next Japanese sentence', () => {
    const source = '`kelpie init` を実行します。`.kelpie.yml` という名前のファイルができます。kelpie.yml を開きます。'
    const tree = parse(source, {lang: 'ja'})
    expect(nodesOfType(tree, 'CitationNode')).toHaveLength(0)
    expect(sentencesOf(tree).map((sentence) => source.slice(sentence.position!.start.offset, sentence.position!.end.offset))).toEqual([
      'kelpie init` を実行します。',
      '.kelpie.yml` という名前のファイルができます。',
      'kelpie.yml を開きます。'
    ])
  })
})

describe('clauses', () => {
  it('split English at ; and :, parenthetical dashes and conjunction commas', () => {
    expect(clauses('We met on Monday; the talks went well.', 'en')).toEqual(['We met on Monday;', 'the talks went well.'])
    expect(clauses('Three principles of science, solutions – focusing on open models – and policy standards.', 'en')).toEqual([
      'Three principles of science, solutions',
      '– focusing on open models',
      '– and policy standards.'
    ])
    expect(clauses('The committee approved the annual budget, but two members objected strongly.', 'en')).toEqual([
      'The committee approved the annual budget,',
      'but two members objected strongly.'
    ])
    expect(clauses('After a long debate on the budget, we approved it.', 'en')).toEqual([
      'After a long debate on the budget,',
      'we approved it.'
    ])
  })

  it('do not split English lists of short items', () => {
    expect(clauses('It must be safe, secure, ethical, open and trustworthy for all of us.', 'en')).toHaveLength(1)
    expect(clauses('Leaders, organisations, the private sector, and the academic communities met.', 'en')).toHaveLength(1)
  })

  it('split Japanese after conjunctive forms, not in noun lists', () => {
    expect(clauses('委員会は月曜日に会合を開き、年間予算を審議した。', 'ja')).toEqual(['委員会は月曜日に会合を開き、', '年間予算を審議した。'])
    expect(clauses('雨が降っていたので、会合は延期された。', 'ja')).toEqual(['雨が降っていたので、', '会合は延期された。'])
    expect(clauses('安全性、持続可能な開発、イノベーション、人権の保護を強調します。', 'ja')).toHaveLength(1)
    // A compound particle (について、) opens no clause.
    expect(clauses('この問題について、委員会は長く議論した。', 'ja')).toHaveLength(1)
  })
})

describe('run-in labels', () => {
  it('become LabelNodes at the start of items and paragraphs', () => {
    const tree = parse('Note: This is a note.\n\n1. 参加者 - 会合が開かれた。\n2. Summary: All agreed.', {lang: 'en'})
    expect(nodesOfType(tree, 'LabelNode').map((label) => [label.value, label.label])).toEqual([
      ['Note:', 'Note'],
      ['Summary:', 'Summary']
    ])
    const ja = parse('- 公共目的のAI：創設メンバーは立ち上げた。\n- 参加者 - 代表が集まった。', {lang: 'ja'})
    expect(nodesOfType(ja, 'LabelNode').map((label) => label.label)).toEqual(['公共目的のAI', '参加者'])
  })

  it('in English, may be in sentence case with a figure in brackets in a list item, not in a paragraph', () => {
    const items = parse('- Mid-term essay (2,000 words): 30%\n- Shots on target: 5\n- Parent–teacher meetings: 18 November\n- Family membership (up to four people): ¥90,000\n- The answer is simple: yes', {lang: 'en'})
    expect(nodesOfType(items, 'LabelNode').map((label) => label.label)).toEqual(['Mid-term essay (2,000 words)', 'Shots on target', 'Parent–teacher meetings', 'Family membership (up to four people)'])
    expect(nodesOfType(parse('Shots on target: 5 for each side.', {lang: 'en'}), 'LabelNode')).toHaveLength(0)
  })

  it('are not taken from a lead-in that ends its block', () => {
    const tree = parse('To deliver on these priorities:\n\n- one', {lang: 'en'})
    expect(nodesOfType(tree, 'LabelNode')).toHaveLength(0)
  })
})

describe('positions', () => {
  it('slice to the node text through escapes, references and inline markup', () => {
    const source = 'Use \\*stars\\* &amp; **bold** text; then `code` and [a link](https://x.example) here.\n'
    const tree = parse(source, {lang: 'en'})
    const [first, second] = clausesOf(tree)
    expect(first.value).toBe('Use *stars* & bold text;')
    expect(source.slice(first.position!.start.offset, first.position!.end.offset)).toBe('Use \\*stars\\* &amp; **bold** text;')
    expect(source.slice(second.position!.start.offset, second.position!.end.offset)).toBe('then `code` and [a link](https://x.example) here.')
    for (const node of walk(tree)) expect(pointsAgree(source, node)).toBe(true)
  })

  it('count from the start of the file with a BOM and CRLF line ends', () => {
    const source = '\uFEFF# 題名\r\n\r\n1. 最初の文。次の文。\r\n   続きの文。\r\n'
    const tree = parse(source, {lang: 'ja'})
    const texts = sentencesOf(tree).map((sentence) => source.slice(sentence.position!.start.offset, sentence.position!.end.offset))
    expect(texts).toEqual(['題名', '最初の文。', '次の文。', '続きの文。'])
    for (const node of walk(tree)) expect(pointsAgree(source, node)).toBe(true)
  })

  it('place the text of an address that remark-gfm links without a position (www. straight after Japanese)', () => {
    // remark-gfm finds `www.…` after `：` in a later pass that makes a text and a link node with
    // no position: their text was placed at line 1, column 1.
    const source = '# 連絡先\n\nウェブサイト：www.example.com/recall\n\n詳しくはwww.example.com/faqをご覧ください。\n'
    const tree = parse(source, {lang: 'ja'})
    const texts = [...walk(tree)].filter((node) => node.type === 'LabelNode' || node.type === 'ClauseNode').map((node) => source.slice(node.position!.start.offset, node.position!.end.offset))
    expect(texts).toEqual(['連絡先', 'ウェブサイト：', 'www.example.com/recall', '詳しくはwww.example.com/faqをご覧ください。'])
    expect(sentencesOf(tree)[1].position!.start).toMatchObject({line: 3, column: 8})
    for (const node of walk(tree)) expect(pointsAgree(source, node)).toBe(true)
  })
})

describe('accessors', () => {
  const tree = parse('# Title\n\n1. First. Second.\n   - Item one.\n   - Item two.\n', {lang: 'en'})

  it('find nodes by id, their parents, paths and paragraphs', () => {
    const node = getNode(tree, 'p2.l1.i2.s1.c1')
    expect(node).toMatchObject({type: 'ClauseNode', value: 'Item two.'})
    expect(parentOf(tree, 'p2.l1.i2.s1.c1')?.data.id).toBe('p2.l1.i2.s1')
    expect(pathTo(tree, 'p2.l1.i2.s1').map((step) => step.data.id)).toEqual(['root', 'p2', 'p2.l1', 'p2.l1.i2', 'p2.l1.i2.s1'])
    expect(paragraphOf(tree, 'p2.l1.i2.s1')?.label).toBe('1')
    expect(getNode(tree, 'p9')).toBeUndefined()
    expect(pathTo(tree, 'p2.s9')).toEqual([])
  })

  it('iterate in document order and read plain text', () => {
    expect(sentencesOf(tree).map((sentence) => sentence.data.id)).toEqual(['p1.s1', 'p2.s1', 'p2.s2', 'p2.l1.i1.s1', 'p2.l1.i2.s1'])
    expect(textOf(tree.children[1])).toBe('First. Second. Item one. Item two.')
  })

  it('narrow node types in a switch', () => {
    let clauseCount = 0
    for (const node of walk(tree)) {
      switch (node.type) {
        case 'ClauseNode':
          // `value` exists only on the narrowed type.
          clauseCount += node.value.length > 0 ? 1 : 0
          break
        case 'ParagraphNode':
          expect(['heading', 'item']).toContain(node.kind)
          break
        default:
          break
      }
    }
    expect(clauseCount).toBe(5)
  })

  it('survive a JSON round trip', () => {
    expect(JSON.parse(JSON.stringify(tree))).toEqual(tree)
  })
})

describe('bad input', () => {
  it('rejects a non-string with a clear error', () => {
    // The type says string; the runtime guard is for JavaScript callers and values from JSON.
    const untyped = parse as (markdown: unknown, options?: {path?: string}) => unknown
    expect(() => untyped(42)).toThrow(ClauseAlignError)
    expect(() => untyped(undefined, {path: 'x.md'})).toThrow('x.md: expected a string of Markdown, got undefined')
    expect(() => untyped(null)).toThrow('expected a string of Markdown, got null')
    expect(() => parse('text', {lang: 'fr' as 'en'})).toThrow('unknown language `fr`')
  })

  it('gives an empty tree for empty and text-less documents', () => {
    for (const source of ['', '   \n\n', '---\n', '<!-- only a comment -->\n', '[ref]: https://example.com\n']) {
      const tree = parse(source, {lang: 'en'})
      expect(tree.type).toBe('RootNode')
      expect(sentencesOf(tree)).toEqual([])
    }
  })

  it('keeps lone surrogates as text without crashing', () => {
    const source = 'Broken \uD800 text. More \uDC00 here.'
    const tree = parse(source, {lang: 'en'})
    expect(leafContent(tree)).toBe(markdownContent(source))
  })

  it('guesses the language from the script', () => {
    expect(parse('これは日本語の文書です。').lang).toBe('ja')
    expect(parse('This is English.').lang).toBe('en')
  })

  it('gives unique ids and keeps all text in a document with every kind of block', () => {
    const source = [
      '# Heading', '', '> Quoted text. Second.', '', '```js', 'code()', '```', '', '| a | b |', '|---|---|', '| one. two | three |', '',
      '1. Item[^n] one.', '   1. Nested ordered.', '', '   Text after.', '', '[^n]: The note.', ''
    ].join('\n')
    const tree = parse(source, {lang: 'en'})
    const all = ids(tree)
    expect(new Set(all).size).toBe(all.length)
    expect(leafContent(tree)).toBe(markdownContent(source))
    for (const node of walk(tree)) expect(sliceHolds(source, node)).toBe(true)
  })
})

describe('large documents', () => {
  it('parse in chunks to the same tree as in one piece', () => {
    // Over 128 KiB the parser works in chunks; a link definition anywhere makes it parse the
    // document in one piece (definitions apply to the whole file), which gives the reference.
    const body = Array.from({length: 1200}, (_, index) => {
      const marker = `${index + 1}. `
      const indent = ' '.repeat(marker.length)
      return `${marker}Paragraph ${index + 1} has a sentence. It has another one, which is longer.\n\n${indent}- An item.\n\n${indent}\`\`\`\n${indent}code\n\n${indent}more code\n${indent}\`\`\`\n`
    }).join('\n')
    expect(body.length).toBeGreaterThan(128 * 1024)
    const chunked = parse(body, {lang: 'en'})
    const whole = parse(body + '\n[ref]: https://example.com\n', {lang: 'en'})
    expect(chunked.children).toHaveLength(1200)
    expect(chunked.children).toEqual(whole.children)
  })
})
