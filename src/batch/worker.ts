/**
 * The worker thread of the pool: checks the pairs it is sent, one at a time, and posts each
 * result back with its index. Built as its own entry (`dist/worker.js`).
 */
import {parentPort} from 'node:worker_threads'
import {checkPair, type PairTask} from './pair.js'

parentPort?.on('message', ({index, task}: {index: number; task: PairTask}) => {
  parentPort?.postMessage({index, result: checkPair(task)})
})
