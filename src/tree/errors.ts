/**
 * The one error type the library throws for bad input: it names the file (when known) and the
 * problem, so that the CLI can print one line instead of a stack trace.
 */
export type ClauseAlignErrorCode =
  | 'invalid-input'
  | 'invalid-option'
  | 'file-not-found'
  | 'not-a-file'
  | 'unreadable'
  | 'not-utf8'
  | 'binary'
  | 'too-large'
  | 'usage'

export class ClauseAlignError extends Error {
  override name = 'ClauseAlignError'
  readonly code: ClauseAlignErrorCode
  readonly file: string | undefined

  constructor(code: ClauseAlignErrorCode, message: string, file?: string | undefined) {
    super(file ? `${file}: ${message}` : message)
    this.code = code
    this.file = file
  }
}
