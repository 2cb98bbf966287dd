/**
 * A real browser shows the HTML report: headless Chromium (Debian package chromium, installed by
 * .ci/run) driven by playwright-core. Skipped, saying so, only where Chromium is not installed.
 * Screenshots go to test/artifacts/.
 */
import {existsSync, mkdirSync, mkdtempSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {chromium, type Browser} from 'playwright-core'
import {align, check, parse, parseGlossary, toHtml} from 'clause-align'
import {corpusFile, root} from './helpers/corpus.js'

const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((candidate) => existsSync(candidate))
if (!executablePath) console.warn('Chromium is not installed (Debian package chromium): skipping the browser tests')

const artifacts = path.join(root, 'test', 'artifacts')
const scratch = mkdtempSync(path.join(tmpdir(), 'clause-align-browser-'))

describe.skipIf(!executablePath)('the HTML report in Chromium', () => {
  let browser: Browser
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    })
    mkdirSync(artifacts, {recursive: true})
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
  })

  it('shows one row per bead and the findings, and takes screenshots', async () => {
    const glossary = parseGlossary(corpusFile('glossary.tsv'))
    const alignment = align(parse(corpusFile('en.md'), {lang: 'en'}), parse(corpusFile('ja.md'), {lang: 'ja'}), {glossary, sourcePath: 'en.md', targetPath: 'ja.md'})
    const findings = check(alignment, {glossary})
    const file = path.join(scratch, 'report.html')
    writeFileSync(file, toHtml(alignment, {findings}))
    const page = await browser.newPage({viewport: {width: 1200, height: 900}})
    const requests: string[] = []
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url())
    })
    await page.goto(pathToFileURL(file).href)
    expect(await page.locator('tr.bead').count()).toBe(alignment.beads.length)
    expect(await page.locator('tr.unaligned').count()).toBe(alignment.beads.filter((bead) => bead.source.length === 0 || bead.target.length === 0).length)
    expect(await page.locator('td .finding').count()).toBe(findings.length)
    expect(await page.locator('section.legend li').count()).toBe(findings.length)
    expect(await page.locator('tr.has-error').count()).toBeGreaterThan(0)
    const title = await page.locator('td .finding.error').first().getAttribute('title')
    expect(title).toMatch(/^omission \(error\): Unexpected untranslated paragraph/)
    expect(await page.locator('td.target').first().getAttribute('lang')).toBe('ja')
    expect(await page.locator('#target-p4').count()).toBe(1)
    expect(requests).toEqual([])
    await page.screenshot({path: path.join(artifacts, 'report-desktop.png'), fullPage: false})
    // A phone: one column, nothing wider than the screen.
    await page.setViewportSize({width: 390, height: 844})
    const overflow = (await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number
    expect(overflow).toBeLessThanOrEqual(0)
    await page.screenshot({path: path.join(artifacts, 'report-phone.png'), fullPage: false})
    await page.close()
  }, 60_000)

  it('runs no script from document text', async () => {
    const en = '1. Hello <script>window.pwned = 1</script> world.\n2. An image <img src=x onerror="window.pwned = 2"> here.\n3. Cell end </td></tr><tr><td> and "onerror="window.pwned=3" text.'
    const ja = '1. こんにちは<script>window.pwned = 1</script>世界。\n2. 画像<img src=x onerror="window.pwned = 2">です。\n3. セル</td></tr>終わり。'
    const alignment = align(parse(en, {lang: 'en'}), parse(ja, {lang: 'ja'}))
    const file = path.join(scratch, 'hostile.html')
    writeFileSync(file, toHtml(alignment, {findings: check(alignment)}))
    const page = await browser.newPage()
    const dialogs: string[] = []
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message())
      await dialog.dismiss()
    })
    await page.goto(pathToFileURL(file).href)
    expect(await page.evaluate('window.pwned')).toBeUndefined()
    expect(await page.locator('script').count()).toBe(0)
    expect(await page.locator('img').count()).toBe(0)
    expect(await page.locator('tr.bead').count()).toBe(alignment.beads.length)
    expect(dialogs).toEqual([])
    await page.close()
  }, 60_000)
})
