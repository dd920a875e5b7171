/**
 * The worker side of the sandbox: receives invoke requests, runs them one at a time in a
 * RuntimeSession (one worker = one function's execution environment) and posts the outcomes.
 * Platform-neutral: the browser Web Worker and the Node worker_thread each pass their port.
 */
import type {SandboxPlatform} from '../executionEnvironment.ts';
import {parseHostMessage, type WorkerMessage} from '../protocol.ts';
import {RuntimeSession} from '../runtimeSession.ts';

export interface DriverPort {
  post(message: WorkerMessage): void;
  listen(handler: (data: unknown) => void): void;
}

export function startSandboxDriver(port: DriverPort, platform: SandboxPlatform, random: () => Uint8Array): void {
  const session = new RuntimeSession(platform, random);
  let queue: Promise<void> = Promise.resolve();
  port.listen((data) => {
    const message = parseHostMessage(data);
    if (!message) return;
    queue = queue.then(async () => {
      try {
        const outcome = await session.invoke(message.request, (started) => port.post({v: 1, type: 'invoke-started', id: message.id, ...started}));
        port.post({v: 1, type: 'outcome', id: message.id, outcome});
      } catch (error) {
        session.reset();
        port.post({v: 1, type: 'failed', id: message.id, message: error instanceof Error ? error.message : String(error)});
      }
    });
  });
  port.post({v: 1, type: 'ready'});
}
