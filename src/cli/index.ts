#!/usr/bin/env node
/**
 * The CLI stage: takes command-line arguments and files, runs the other stages (tree → align →
 * check → output) and gives text on stdout, one-line errors on stderr and an exit code.
 */
import {main} from './main.js'

main()
