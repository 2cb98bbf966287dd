import {describe, expect, it} from 'vitest'

describe('public API', () => {
  it('exposes exactly these names from the built package', async () => {
    // Imported by name: resolves through package.json `exports` to dist/, as users get it.
    const api = await import('clause-align')
    expect(Object.keys(api).sort()).toEqual([
      'ClauseAlignError',
      'align',
      'alignmentToJson',
      'alignmentToText',
      'anchorsIn',
      'beadsInOrder',
      'beadsOf',
      'check',
      'clauseLinksOf',
      'clausesOf',
      'counterpartsOf',
      'decodeUtf8',
      'defaultSeverities',
      'diffAnchors',
      'diffRevisions',
      'diffTexts',
      'evaluateBeads',
      'findingsToJson',
      'findingsToText',
      'getNode',
      'guessLang',
      'indexTree',
      'nodesOfType',
      'normalizeSpace',
      'numberedParagraphs',
      'numbersIn',
      'paragraphByLabel',
      'paragraphOf',
      'paragraphsOf',
      'parentOf',
      'parse',
      'parseGlossary',
      'pathTo',
      'readDocument',
      'rowsOf',
      'ruleIds',
      'sentencesOf',
      'termMatcher',
      'textOf',
      'toHtml',
      'toJsonl',
      'toMarkdown',
      'toTmx',
      'toTsv',
      'toXliff',
      'treeToOutline',
      'unalignedUnits',
      'walk'
    ])
  })
})
