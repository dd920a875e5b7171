import {describe, expect, it} from 'vitest';
import {lockDownWorkerScope} from '../../../src/sandbox/browser/lockDownWorkerScope.ts';

type Scope = Record<string, any>;

class FakeInterface {}

/**
 * A dedicated worker global laid out as Chromium 156 lays it out (probed in a real worker):
 * interface objects are own properties of the global, operations and attributes such as fetch,
 * importScripts, indexedDB and caches live on WorkerGlobalScope.prototype, and navigator's
 * getters live on WorkerNavigator.prototype.
 */
function chromiumLikeWorkerScope(): {scope: Scope; navigator: Scope} {
  const getter = (value: unknown) => ({get: () => value, configurable: true, enumerable: true});
  const method = (name: string) => ({value: function () { return name; }, writable: true, configurable: true, enumerable: true});
  const eventTarget = Object.create(Object.prototype, {addEventListener: method('addEventListener')});
  const workerNavigatorPrototype = Object.create(Object.prototype, {
    userAgent: getter('Chromium'), hardwareConcurrency: getter(2), storage: getter({getDirectory: () => 'opfs'}), storageBuckets: getter({}),
    locks: getter({request: () => 'lock'}), permissions: getter({}), usb: getter({}), hid: getter({}), serial: getter({}), gpu: getter({}),
  });
  const navigator = Object.create(workerNavigatorPrototype) as Scope;
  const workerGlobalScopePrototype = Object.create(eventTarget, {
    fetch: method('fetch'), importScripts: method('importScripts'), setTimeout: method('setTimeout'),
    indexedDB: getter({open: () => 'db'}), caches: getter({open: () => 'cache'}), fonts: getter({}),
    navigator: getter(navigator), crypto: getter({}), performance: getter({now: () => 1}), location: getter({href: 'https://site/'}),
  });
  const dedicatedPrototype = Object.create(workerGlobalScopePrototype, {postMessage: method('postMessage')});
  const scope = Object.create(dedicatedPrototype) as Scope;
  for (const name of ['XMLHttpRequest', 'WebSocket', 'WebSocketStream', 'WebTransport', 'EventSource', 'FontFace', 'BroadcastChannel', 'Worker', 'Notification', 'WebAssembly', 'MessageChannel', 'Response']) {
    Object.defineProperty(scope, name, {value: FakeInterface, writable: true, configurable: true, enumerable: false});
  }
  for (const name of ['webkitRequestFileSystem', 'webkitRequestFileSystemSync', 'webkitResolveLocalFileSystemURL', 'webkitResolveLocalFileSystemSyncURL']) {
    Object.defineProperty(scope, name, method(name));
  }
  return {scope, navigator};
}

const GONE_FROM_SCOPE = [
  'fetch', 'XMLHttpRequest', 'WebSocket', 'WebSocketStream', 'WebTransport', 'EventSource', 'importScripts', 'FontFace', 'fonts',
  'indexedDB', 'caches', 'webkitRequestFileSystem', 'webkitRequestFileSystemSync', 'webkitResolveLocalFileSystemURL', 'webkitResolveLocalFileSystemSyncURL',
  'BroadcastChannel', 'Worker', 'Notification',
];
const GONE_FROM_NAVIGATOR = ['storage', 'storageBuckets', 'locks', 'permissions', 'usb', 'hid', 'serial', 'gpu'];

describe('lockDownWorkerScope', () => {
  it('removes every network, storage, messaging and worker capability, wherever on the prototype chain it lives', () => {
    const {scope, navigator} = chromiumLikeWorkerScope();
    for (const name of GONE_FROM_SCOPE) expect(name in scope, name).toBe(true);
    lockDownWorkerScope(scope);
    for (const name of GONE_FROM_SCOPE) expect(name in scope, name).toBe(false);
    for (const name of GONE_FROM_NAVIGATOR) expect(name in navigator, `navigator.${name}`).toBe(false);
  });

  it('makes every attempt to use them throw', () => {
    const {scope, navigator} = chromiumLikeWorkerScope();
    lockDownWorkerScope(scope);
    expect(() => scope.fetch('https://example.com/steal')).toThrow(TypeError);
    expect(() => scope.importScripts('https://example.com/x.js')).toThrow(TypeError);
    for (const name of ['XMLHttpRequest', 'WebSocket', 'EventSource', 'WebTransport', 'BroadcastChannel', 'Worker']) {
      expect(() => new scope[name]('https://example.com/'), name).toThrow(TypeError);
    }
    expect(() => scope.indexedDB.open('db')).toThrow(TypeError);
    expect(() => scope.caches.open('c')).toThrow(TypeError);
    expect(() => navigator.storage.getDirectory()).toThrow(TypeError);
    expect(() => navigator.locks.request('l', () => {})).toThrow(TypeError);
  });

  it('keeps what the sandbox needs: postMessage, messages, timers, clocks, randomness and WebAssembly', () => {
    const {scope, navigator} = chromiumLikeWorkerScope();
    lockDownWorkerScope(scope);
    expect(scope.postMessage()).toBe('postMessage');
    expect(scope.addEventListener()).toBe('addEventListener');
    expect(scope.setTimeout()).toBe('setTimeout');
    expect(scope.performance.now()).toBe(1);
    expect(scope.crypto).toBeDefined();
    expect(scope.WebAssembly).toBe(FakeInterface);
    expect(navigator.userAgent).toBe('Chromium');
  });

  it('fails closed when a capability cannot be removed', () => {
    const {scope} = chromiumLikeWorkerScope();
    Object.defineProperty(scope, 'WebSocket', {value: FakeInterface, configurable: false});
    expect(() => lockDownWorkerScope(scope)).toThrow(/WebSocket is still reachable/);
  });

  it('copes with a scope without navigator and with capabilities a browser does not have', () => {
    const scope: Scope = {fetch: () => 'fetch', postMessage: () => 'post'};
    lockDownWorkerScope(scope);
    expect('fetch' in scope).toBe(false);
    expect(scope.postMessage()).toBe('post');
  });
});
