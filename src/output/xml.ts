/** Escaping text for XML 1.0, with a clear error for what XML cannot carry. */
import {ClauseAlignError} from '../tree/errors.js'

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** Throw for a lone surrogate: no XML (nor UTF-8) can encode it. */
export function assertEncodable(text: string, where: string): void {
  const match = loneSurrogate.exec(text)
  if (match) {
    const code = match[0].charCodeAt(0).toString(16).toUpperCase()
    throw new ClauseAlignError('invalid-input', `${where}: text has a lone surrogate U+${code} at character ${match.index}, which XML cannot carry`)
  }
}

/** Escape `&`, `<`, `>`, `"`, `'`; a character XML 1.0 forbids goes through `control`. */
export function escapeXml(text: string, control: (code: number) => string): string {
  let result = ''
  for (const unit of text) {
    const code = unit.codePointAt(0)!
    switch (unit) {
      case '&':
        result += '&amp;'
        break
      case '<':
        result += '&lt;'
        break
      case '>':
        result += '&gt;'
        break
      case '"':
        result += '&quot;'
        break
      case "'":
        result += '&apos;'
        break
      default:
        if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff) result += control(code)
        else result += unit
    }
  }
  return result
}

/**
 * For attributes and notes (our own messages, which may quote document text): like `escapeXml`,
 * a forbidden character becomes U+FFFD, and tabs and line ends are references so they survive.
 */
export function escapeAttribute(text: string): string {
  return escapeXml(text, () => '\uFFFD')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
}
