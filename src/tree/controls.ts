/**
 * Making document text safe to show on a terminal or in a rendered report: control characters
 * and bidirectional-formatting characters from a document would otherwise act instead of being
 * seen (ESC sequences clear the screen or forge OSC 8 hyperlinks; U+202E reverses the text
 * around it). Line feeds and tabs are kept; everything else of those classes is shown:
 *
 * - C0 controls and DEL as their Control Pictures (`\u001b` → `␛`, `\r` → `␍`, DEL → `␡`);
 * - C1 controls (U+0080–U+009F, where U+009B is a one-character CSI), bidi controls
 *   (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and line/paragraph separators
 *   (U+2028, U+2029) as `<U+202E>`.
 */
const hazardous = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g

/** The text with every control and bidi character made visible (see the module comment). */
export function showControls(text: string): string {
  return text.replace(hazardous, (character) => {
    const code = character.charCodeAt(0)
    if (code < 0x20) return String.fromCharCode(0x2400 + code)
    if (code === 0x7f) return '\u2421'
    return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`
  })
}
