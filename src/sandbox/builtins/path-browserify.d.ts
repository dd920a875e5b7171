declare module 'path-browserify' {
  const path: Record<string, unknown> & {sep: string; delimiter: string};
  export default path;
}
