/** The checks `align` makes on what it is given, before reading any of it. */
import {validateNumber, validateTree} from '../tree/validate.js'
import type {RootNode} from '../tree/types.js'
import type {AlignOptions} from './align.js'

export function validateAlignInput(source: RootNode, target: RootNode, options: AlignOptions): void {
  validateTree(source, 'align: the source tree')
  validateTree(target, 'align: the target tree')
  // Infinity or NaN would make every score NaN.
  validateNumber(options.ratio, 'ratio', 'align')
  validateNumber(options.band, 'band', 'align', {integer: true})
}
