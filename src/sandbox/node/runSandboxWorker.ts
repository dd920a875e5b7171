/** The Node worker_thread that hosts the sandbox (the CLI's and the tests' execution environment). */
import {parentPort} from 'node:worker_threads';
import {startSandboxDriver} from '../driver/startSandboxDriver.ts';
import {createNodePlatform, nodeRandom} from './createNodePlatform.ts';

if (!parentPort) throw new Error('runSandboxWorker must run in a worker thread');
const port = parentPort;
startSandboxDriver(
  {post: (message) => port.postMessage(message), listen: (handler) => port.on('message', handler)},
  createNodePlatform(),
  nodeRandom,
);
