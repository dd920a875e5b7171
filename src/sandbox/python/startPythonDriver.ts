/**
 * The Python sandbox worker's driver (Web Worker or Node worker_thread): loads the engine, then
 * runs invoke requests one at a time in a PythonRuntimeSession and posts the outcomes. It posts
 * 'ready' once the engine is loaded, which tells the host's watchdog the slow part is over.
 */
import type {DriverPort} from '../driver/startSandboxDriver.ts';
import {parsePythonHostMessage} from './pythonProtocol.ts';
import {PythonRuntimeSession, type PythonPlatform} from './PythonRuntimeSession.ts';
import type {PyodideLike} from './pyodideLike.ts';

export function startPythonDriver(port: DriverPort, loadEngine: () => Promise<PyodideLike>, platform: PythonPlatform): void {
  const session = loadEngine().then((py) => {
    const made = new PythonRuntimeSession(py, platform);
    port.post({v: 1, type: 'ready'});
    return made;
  });
  session.catch(() => undefined);
  let queue: Promise<void> = Promise.resolve();
  port.listen((data) => {
    const message = parsePythonHostMessage(data);
    if (!message) return;
    queue = queue.then(async () => {
      try {
        const outcome = await (await session).invoke(
          message.request,
          (started) => port.post({v: 1, type: 'invoke-started', id: message.id, ...started}),
        );
        port.post({v: 1, type: 'outcome', id: message.id, outcome});
      } catch (error) {
        port.post({v: 1, type: 'failed', id: message.id, message: error instanceof Error ? error.message : String(error)});
      }
    });
  });
}
