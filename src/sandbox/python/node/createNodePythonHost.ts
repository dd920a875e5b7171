/** A PythonSandboxHost whose execution environment is a Node worker_thread running Pyodide. */
import {Worker} from 'node:worker_threads';
import {nodeRandom} from '../../node/createNodePlatform.ts';
import {NODE_HOST_CLOCK, spawnNodeWorker} from '../../node/nodeWorker.ts';
import {PythonSandboxHost} from '../host/createPythonSandboxHost.ts';
import type {PythonHostMessage} from '../pythonProtocol.ts';

export function createNodePythonHost(): PythonSandboxHost {
  // Pyodide's heap is bounded by the session's memory budget; V8's limits guard the JavaScript side.
  const spawn = () => spawnNodeWorker<PythonHostMessage>((options) => new Worker(new URL('./pythonWorker.mjs', import.meta.url), options), {maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 64});
  return new PythonSandboxHost(spawn, NODE_HOST_CLOCK, nodeRandom);
}
