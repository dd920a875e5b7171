/**
 * Takes away the one road from a JavaScript object to code from a string: every function's
 * `.constructor` (Function, AsyncFunction, GeneratorFunction, AsyncGeneratorFunction). Python code
 * that gets hold of a JavaScript object through Pyodide's internals (`_pyodide_core.to_js`) could
 * otherwise write `obj.constructor.constructor("return process")()` and own the worker. Called in
 * the sandbox worker once the engine has loaded, before any guest code; never in a shared realm
 * (tests, the page), where libraries may read `.constructor`.
 */
export function tameFunctionConstructors(): void {
  const prototypes = [
    Function.prototype,
    Object.getPrototypeOf(async function () {}) as object,
    Object.getPrototypeOf(function* () {}) as object,
    Object.getPrototypeOf(async function* () {}) as object,
  ];
  for (const prototype of prototypes) {
    Object.defineProperty(prototype, 'constructor', {value: undefined, writable: false, enumerable: false, configurable: false});
  }
}
