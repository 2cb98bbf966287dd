/**
 * V8 settings for tree mode, where each worker thread is an isolate that compiles the same code
 * again. With V8's defaults that optimising compilation (TurboFan, on V8's helper threads) cost
 * about 5 s of CPU per worker on the bench tree against 13 s of checking, and with two workers
 * on two cores it takes the time the workers need. A smaller inlining budget and a later
 * tier-up leave out the compilations that pay back least. Measured on the bench tree
 * (bench/RESULTS.md, “Tree mode”): helper-thread CPU with one worker 5.0 → 1.9 s, wall time
 * with two workers 11.4 → 8.9 s, with one about the same (13.7 → 13.8 s). Only the CLI sets
 * them, once, before its workers start: a program that imports the library keeps its own.
 *
 * The third leaves functions of more than 2000 bytes of bytecode to the interpreter and
 * Sparkplug: the rules that run once per pair (`inconsistentTerm`, 3.2 kB, took 110 ms to
 * compile per worker for 4 ms of optimised running over the whole bench tree). With two workers
 * 4.6% faster in the median of six rounds (all six faster), with one no slower. The hot
 * functions are small (`bagCoverage` 380 bytes, `measure` 1.4 kB): a function that becomes hot
 * must stay well under this size, or tree mode runs it unoptimised.
 */
import {setFlagsFromString} from 'node:v8'

export const batchV8Flags: readonly string[] = [
  '--max-inlined-bytecode-size-cumulative=200',
  '--interrupt-budget=600000',
  '--max-optimized-bytecode-size=2000'
]

/** The flags of `batchV8Flags` that node was not given already (`given`: its options, as written). */
export function batchFlagsToSet(given: readonly string[]): string[] {
  const names = given.map((argument) => argument.split('=')[0].replace(/_/g, '-'))
  return batchV8Flags.filter((flag) => !names.includes(flag.split('=')[0]))
}

/** Sets `batchV8Flags`, except any the user gave node itself (on its command line or in NODE_OPTIONS). */
export function tuneV8ForBatch(): void {
  const given = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)]
  for (const flag of batchFlagsToSet(given)) setFlagsFromString(flag)
}
