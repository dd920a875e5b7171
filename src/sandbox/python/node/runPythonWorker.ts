/** The Node worker_thread that is one Python execution environment (CLI, tests, bench). */
import {randomBytes} from 'node:crypto';
import {parentPort} from 'node:worker_threads';
import {tameFunctionConstructors} from '../../tameFunctionConstructors.ts';
import {startPythonDriver} from '../startPythonDriver.ts';
import {loadNodePyodide} from './loadNodePyodide.ts';

if (!parentPort) throw new Error('runPythonWorker must run in a worker thread');
const port = parentPort;
startPythonDriver(
  {post: (message) => port.postMessage(message), listen: (handler) => port.on('message', handler)},
  async () => {
    const py = await loadNodePyodide();
    // Python that reaches a JavaScript object (_pyodide_core.to_js) finds no Function constructor.
    tameFunctionConstructors();
    return py;
  },
  {now: () => performance.now(), wallClock: () => new Date(), random: () => new Uint8Array(randomBytes(16))},
);
