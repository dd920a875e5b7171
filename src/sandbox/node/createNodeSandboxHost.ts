/** A SandboxHost whose execution environment is a Node worker_thread. */
import {Worker} from 'node:worker_threads';
import {SandboxHost} from '../host/SandboxHost.ts';
import type {HostMessage} from '../protocol.ts';
import {nodeRandom} from './createNodePlatform.ts';
import {NODE_HOST_CLOCK, spawnNodeWorker} from './nodeWorker.ts';

export function createNodeSandboxHost(): SandboxHost {
  // The wasm heap is bounded by the sandbox itself; the V8 limits guard the driver.
  const spawn = () => spawnNodeWorker<HostMessage>((options) => new Worker(new URL('./sandboxWorker.mjs', import.meta.url), options), {maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32});
  return new SandboxHost(spawn, NODE_HOST_CLOCK, nodeRandom);
}
