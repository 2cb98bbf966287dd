/**
 * Where the CLI's output goes, without losing a file: `-o` never names an input (compared by real
 * path, through symlinks), is written to a temporary file beside the target and renamed over it
 * (so a failure leaves an existing target as it was), and output arrives as chunks so that a
 * large tree or alignment never has to fit in one string.
 */
import {closeSync, fstatSync, fchmodSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync} from 'node:fs'
import path from 'node:path'
import {ClauseAlignError} from '../tree/errors.js'

/** An input of a command and what to call it in a message. */
export interface NamedInput {
  role: string
  path: string
}

/** The real path of a file, or for one that does not exist yet its directory's real path + name. */
export function realPathOf(file: string): string {
  try {
    return realpathSync(file)
  } catch {
    try {
      return path.join(realpathSync(path.dirname(path.resolve(file))), path.basename(file))
    } catch {
      return path.resolve(file)
    }
  }
}

/** Throw a usage error when `output` is one of the inputs: writing it would destroy that input. */
export function refuseInputAsOutput(output: string, inputs: readonly NamedInput[]): void {
  const real = realPathOf(output)
  for (const input of inputs) {
    if (realPathOf(input.path) === real) {
      throw new ClauseAlignError('invalid-option', `-o ${output} is the ${input.role} file ${input.path}; refusing to overwrite an input`)
    }
  }
}

/** Collects small chunks into writes of about this many characters: fewer system calls. */
const bufferSize = 1 << 16

/**
 * Write chunks to `file` atomically: a temporary file in the same directory (so the rename stays
 * on one file system), flushed, then renamed over the target. A symlinked target is followed, so
 * the link stays and its file is replaced; an existing file's permissions are kept. On any
 * failure, including one while the chunks are produced, the temporary file is removed and the
 * error rethrown (as a `ClauseAlignError` for file-system errors).
 */
export function writeFileAtomic(file: string, chunks: Iterable<string>): void {
  const destination = realPathOf(file)
  const temp = path.join(path.dirname(destination), `.${path.basename(destination)}.${process.pid}.${Date.now().toString(36)}.tmp`)
  let fd: number | undefined
  try {
    fd = openSync(temp, 'wx', 0o666)
    let buffer = ''
    for (const chunk of chunks) {
      buffer += chunk
      if (buffer.length >= bufferSize) {
        writeAll(fd, buffer)
        buffer = ''
      }
    }
    writeAll(fd, buffer)
    keepMode(fd, destination)
    fsyncSync(fd)
    closeSync(fd)
    fd = undefined
    renameSync(temp, destination)
  } catch (error) {
    if (fd !== undefined) {
      try {
        closeSync(fd)
      } catch {
        // Already failing; the first error is the one to report.
      }
    }
    try {
      unlinkSync(temp)
    } catch {
      // Never created, or already gone.
    }
    if (error instanceof ClauseAlignError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === undefined) throw error
    throw new ClauseAlignError('unreadable', `cannot write file (${code})`, file)
  }
}

function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8')
  let offset = 0
  while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset)
}

/** Give the new file the permissions of the one it replaces. */
function keepMode(fd: number, destination: string): void {
  let mode: number
  try {
    mode = statSync(destination).mode & 0o7777
  } catch {
    return
  }
  if ((fstatSync(fd).mode & 0o7777) !== mode) fchmodSync(fd, mode)
}

/** Stream chunks through `write` in pieces of about `bufferSize` characters. */
export function writeChunks(chunks: Iterable<string>, write: (text: string) => void): void {
  let buffer = ''
  for (const chunk of chunks) {
    buffer += chunk
    if (buffer.length >= bufferSize) {
      write(buffer)
      buffer = ''
    }
  }
  if (buffer) write(buffer)
}

/**
 * `JSON.stringify(value, null, 2)` as chunks, one per element of the top-level object's arrays:
 * the same text, but a tree of a million paragraphs no longer needs one string over V8's limit.
 */
export function* prettyJsonChunks(value: unknown): Generator<string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || 'toJSON' in value) {
    yield JSON.stringify(value, null, 2)
    return
  }
  const entries = Object.entries(value).filter(([, field]) => field !== undefined && typeof field !== 'function' && typeof field !== 'symbol')
  if (entries.length === 0) {
    yield '{}'
    return
  }
  yield '{\n'
  for (const [index, [key, field]] of entries.entries()) {
    yield `  ${JSON.stringify(key)}: `
    if (Array.isArray(field) && field.length > 0) {
      yield '[\n'
      for (let k = 0; k < field.length; k++) {
        yield '    ' + indent(JSON.stringify(field[k] === undefined ? null : field[k], null, 2) ?? 'null', '    ')
        yield k < field.length - 1 ? ',\n' : '\n'
      }
      yield '  ]'
    } else {
      yield indent(JSON.stringify(field, null, 2), '  ')
    }
    yield index < entries.length - 1 ? ',\n' : '\n'
  }
  yield '}'
}

/** A value's pretty JSON and a final line end, as a lazy sequence of chunks. */
export function* jsonLines(value: unknown): Generator<string> {
  yield* prettyJsonChunks(value)
  yield '\n'
}

function indent(json: string, by: string): string {
  // JSON strings hold no raw line breaks, so every \n is a line of the layout.
  return json.replace(/\n/g, '\n' + by)
}
