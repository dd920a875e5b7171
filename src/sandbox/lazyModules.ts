/**
 * Modules evaluated in the VM the first time a handler requires them, so that handlers which do
 * not use them pay nothing: the simulated AWS SDK (guest/awsSdkSource.ts) and, later, the larger
 * Node.js built-ins. Each guest source is a factory `(function (host) { return load; })` whose
 * `load(name)` returns the module object.
 */
import type {QuickJSContext, QuickJSHandle} from 'quickjs-emscripten-core';
import {isSimulatedAwsSdkPackage} from './allowedModules.ts';
import {AWS_SDK_SOURCE} from './guest/awsSdkSource.ts';
import {LAZY_NODE_BUILTINS, NODE_BUILTINS_SOURCE} from './guest/nodeBuiltinsSource.ts';

interface LazyFamily {
  readonly id: string;
  readonly source: string;
  owns(name: string): boolean;
}

const FAMILIES: readonly LazyFamily[] = [
  {id: 'aws-sdk', source: AWS_SDK_SOURCE, owns: isSimulatedAwsSdkPackage},
  {id: 'node', source: NODE_BUILTINS_SOURCE, owns: (name) => (LAZY_NODE_BUILTINS as readonly string[]).includes(name)},
];

/**
 * Evaluates (once per environment) the family that owns `name` and returns the module object's
 * handle, or undefined when no family owns it. `cache` keeps each family's loader under
 * `family:<id>`. The factory gets `hostApi.sdkHost` (the host functions the guest may call).
 */
export function loadLazyModule(ctx: QuickJSContext, api: QuickJSHandle, name: string, cache: Map<string, QuickJSHandle>): QuickJSHandle | undefined {
  const family = FAMILIES.find((f) => f.owns(name));
  if (!family) return undefined;
  const key = `family:${family.id}`;
  let loader = cache.get(key);
  if (!loader) {
    const factory = ctx.unwrapResult(ctx.evalCode(family.source, `lambda-lab-bootstrap.js/${family.id}`));
    const hostObject = ctx.getProp(api, 'lazyHost');
    const made = ctx.callFunction(factory, ctx.undefined, hostObject);
    factory.dispose();
    hostObject.dispose();
    loader = ctx.unwrapResult(made);
    cache.set(key, loader);
  }
  const nameHandle = ctx.newString(name);
  const result = ctx.callFunction(loader, ctx.undefined, nameHandle);
  nameHandle.dispose();
  const value = ctx.unwrapResult(result);
  if (ctx.typeof(value) === 'undefined') {
    value.dispose();
    return undefined;
  }
  return value;
}
