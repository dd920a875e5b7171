/**
 * The sandbox worker's second wall. The guest inside QuickJS cannot see the worker's globals at
 * all; this removes from the worker itself every way to reach the network, the site's storage,
 * other browsing contexts or devices, so that code which escaped the engine would still find
 * nothing to use. Called once the worker has loaded what it needs (the compiled wasm and the
 * engine's code chunks), before any guest code runs.
 *
 * What it cannot take away: dynamic `import()` is syntax, not a global (only a
 * Content-Security-Policy could block it), and `postMessage` to the page stays, because it is
 * the sandbox's one channel (the page validates every message).
 */

/** Globals of a dedicated worker (Chromium, Firefox, Safari) that reach outside the worker. */
export const WORKER_CAPABILITIES = [
  // network
  'fetch', 'XMLHttpRequest', 'WebSocket', 'WebSocketStream', 'WebTransport', 'EventSource', 'importScripts',
  'FontFace', 'fonts', 'RTCPeerConnection',
  // storage
  'indexedDB', 'caches', 'cookieStore', 'webkitRequestFileSystem', 'webkitRequestFileSystemSync',
  'webkitResolveLocalFileSystemURL', 'webkitResolveLocalFileSystemSyncURL',
  // other contexts and the user
  'BroadcastChannel', 'Worker', 'SharedWorker', 'open', 'Notification',
] as const;

/** The same for `navigator` (their getters live on WorkerNavigator.prototype). */
export const NAVIGATOR_CAPABILITIES = [
  'sendBeacon', 'storage', 'storageBuckets', 'locks', 'serviceWorker', 'permissions',
  'usb', 'hid', 'serial', 'bluetooth', 'gpu',
] as const;

/**
 * Deletes `name` from `target` and every object on its prototype chain (Chromium defines fetch,
 * importScripts, indexedDB… on WorkerGlobalScope.prototype, not on the global itself).
 * Throws if it is still reachable: better no sandbox than one that believes it is locked.
 */
function removeEverywhere(target: object, name: string, where: string): void {
  for (let holder: object | null = target; holder !== null; holder = Object.getPrototypeOf(holder) as object | null) {
    if (Object.prototype.hasOwnProperty.call(holder, name)) Reflect.deleteProperty(holder, name);
  }
  if (name in target) throw new Error(`could not lock down the sandbox worker: ${where}${name} is still reachable`);
}

/** Removes every capability above from `scope` (the worker's global) and its navigator. */
export function lockDownWorkerScope(scope: object): void {
  const navigator: unknown = Reflect.get(scope, 'navigator');
  for (const name of WORKER_CAPABILITIES) removeEverywhere(scope, name, '');
  if (typeof navigator === 'object' && navigator !== null) {
    for (const name of NAVIGATOR_CAPABILITIES) removeEverywhere(navigator, name, 'navigator.');
  }
}
