/**
 * A small pool of worker threads: each worker holds the task it is on and the next, and is given
 * another as soon as it returns a result; results land at their task's index, so the order is
 * the tasks' whatever the order of completion. Our own (forty lines) rather than a pool
 * library: one message type, no queueing policy, no resizing, and a dependency would outweigh
 * it.
 */
import {availableParallelism} from 'node:os'
import {Worker} from 'node:worker_threads'

export interface PoolOptions {
  /** How many workers (default: the machine's available parallelism), at most one per task. */
  jobs?: number | undefined
  /** Called after each result with how many are done. */
  onProgress?: ((done: number, total: number) => void) | undefined
}

/**
 * The young generation of each worker, in MB (V8's default is 48: three 16 MB semi-spaces). A
 * pair's trees, texts and word bags make a few MB that live for the whole pair; at the default
 * size they are scavenged (copied, on V8's helper threads too) about once every 25 ms. With
 * 192 MB a worker scavenges about a third as often (475 → 142 on the bench tree), and the helper
 * threads, which compete with the second worker for the cores, do less (total CPU with two
 * workers 17.6 → 16.4 s; bench/RESULTS.md). The cost is memory: at most this much more per
 * worker.
 */
export const workerYoungGenerationMb = 192

/**
 * Tasks each worker holds at once: the one it is checking and the next. With one at a time, a
 * worker waits for the main thread to receive each result and send the next task (about 0.4 ms
 * a pair, 0.2 s over the bench tree's 520); with the next already queued it goes straight on.
 * More would only unbalance the end of the run.
 */
export const tasksInFlight = 2

/** The worker entry, next to the built module that runs the pool (`dist/`). */
export const workerUrl = new URL('./worker.js', import.meta.url)

export function runPool<Task, Result>(url: URL, tasks: readonly Task[], options?: PoolOptions): Promise<Result[]> {
  const results = new Array<Result>(tasks.length)
  const size = Math.max(1, Math.min(options?.jobs ?? availableParallelism(), tasks.length))
  if (tasks.length === 0) return Promise.resolve(results)
  return new Promise((resolve, reject) => {
    const workers: Worker[] = []
    let next = 0
    let done = 0
    const stop = () => Promise.all(workers.map((worker) => worker.terminate()))
    const feed = (worker: Worker) => {
      if (next < tasks.length) {
        worker.postMessage({index: next, task: tasks[next]})
        next++
      }
    }
    for (let count = 0; count < size; count++) {
      const worker = new Worker(url, {resourceLimits: {maxYoungGenerationSizeMb: workerYoungGenerationMb}})
      workers.push(worker)
      worker.on('message', ({index, result}: {index: number; result: Result}) => {
        results[index] = result
        done++
        options?.onProgress?.(done, tasks.length)
        if (done === tasks.length) stop().then(() => resolve(results), reject)
        else feed(worker)
      })
      // A worker that throws (a bug, not a file problem) fails the whole run.
      worker.on('error', (error) => {
        stop().then(() => reject(error), reject)
      })
    }
    // Tasks go round the workers in turn before each gets its second, so that a short tree
    // still spreads over all of them.
    for (let round = 0; round < tasksInFlight; round++) for (const worker of workers) feed(worker)
  })
}
