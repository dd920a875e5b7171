/**
 * The part of a loaded Pyodide instance the Python runtime uses, typed minimally so the session
 * does not depend on the package's types (and tests can see what is touched).
 */
export interface PyodideFS {
  makedev(major: number, minor: number): number;
  registerDevice(dev: number, ops: DeviceOps): void;
  mkdev(path: string, mode: number, dev: number): unknown;
  mkdirTree(path: string): void;
  analyzePath(path: string): {exists: boolean};
  ErrnoError: new (errno: number) => Error;
  getPath(node: unknown): string;
  readdir(path: string): string[];
  stat(path: string): {size: number; mode: number};
  isDir(mode: number): boolean;
  filesystems: {MEMFS: {ops_table: {file: {stream: {write: MemfsWrite}}}}};
}

export type MemfsWrite = (stream: {node: {usedBytes: number}}, buffer: Uint8Array, offset: number, length: number, position: number, canOwn?: boolean) => number;

export interface DeviceStream {
  seekable?: boolean;
}

export interface DeviceOps {
  open(stream: DeviceStream): void;
  close(stream: DeviceStream): void;
  read(stream: DeviceStream, buffer: Uint8Array, offset: number, length: number, position: number): number;
  write(stream: DeviceStream, buffer: Uint8Array, offset: number, length: number, position: number): number;
}

export interface PyCallable {
  (...args: unknown[]): unknown;
  destroy?(): void;
}

export interface PyodideLike {
  runPython(code: string, options?: {globals?: unknown; filename?: string}): unknown;
  globals: {get(name: string): unknown};
  toPy(value: unknown): unknown;
  FS: PyodideFS;
  ERRNO_CODES: Record<string, number>;
  setStdout(options: {write(buffer: Uint8Array): number}): void;
  setStderr(options: {write(buffer: Uint8Array): number}): void;
  setInterruptBuffer(buffer: ArrayLike<number>): void;
  /** Emscripten's Module: the heap (to measure memory) and SOCKFS (to cut sockets off). */
  _module: {HEAP8: Int8Array; SOCKFS?: {websocket_sock_ops?: Record<string, unknown>}};
}
