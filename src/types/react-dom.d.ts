// react-dom ships no type declarations and @types/react-dom is not a dependency; the playground
// needs only flushSync (to commit a run's output in the task that received it).
declare module 'react-dom' {
  export function flushSync<R>(fn: () => R): R;
}
