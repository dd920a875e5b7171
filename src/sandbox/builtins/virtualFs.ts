/**
 * The function's filesystem, as Lambda lays it out: `/var/task` holds the handler file and is
 * read-only, `/tmp` is writable up to the configured ephemeral storage (512 MB by default; ENOSPC
 * past it), the rest of the root is read-only, and nothing of the host's files is ever visible.
 * One instance lives as long as its execution environment: /tmp survives warm invocations and a
 * cold start begins empty, which is exactly Lambda's lesson about /tmp.
 */

export interface FsErrorShape {
  readonly code: string;
  readonly errno: number;
  readonly syscall: string;
  readonly path: string;
  readonly message: string;
}

const ERRORS: Readonly<Record<string, [number, string]>> = {
  ENOENT: [-2, 'no such file or directory'],
  EEXIST: [-17, 'file already exists'],
  ENOTDIR: [-20, 'not a directory'],
  EISDIR: [-21, 'illegal operation on a directory'],
  ENOTEMPTY: [-39, 'directory not empty'],
  EROFS: [-30, 'read-only file system'],
  ENOSPC: [-28, 'no space left on device'],
  EACCES: [-13, 'permission denied'],
  EINVAL: [-22, 'invalid argument'],
};

export class FsError extends Error {
  readonly shape: FsErrorShape;
  constructor(code: keyof typeof ERRORS, syscall: string, path: string, dest?: string) {
    const [errno, text] = ERRORS[code]!;
    const message = `${code}: ${text}, ${syscall} '${path}'${dest !== undefined ? ` -> '${dest}'` : ''}`;
    super(message);
    this.shape = {code, errno, syscall, path, message};
  }
}

interface Node {
  readonly kind: 'file' | 'dir';
  /** File contents as appended pieces (joined on first read), so appends stay cheap. */
  chunks: Uint8Array[];
  size: number;
  mtimeMs: number;
  birthtimeMs: number;
  readonly writable: boolean;
}

export interface FsStat {
  kind: 'file' | 'dir';
  size: number;
  mtimeMs: number;
  birthtimeMs: number;
  mode: number;
}

/** Normalises an absolute or /var/task-relative path ("./x" → /var/task/x). */
export function absolutePath(path: string, cwd = '/var/task'): string {
  const parts = (path.startsWith('/') ? path : `${cwd}/${path}`).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '' || p === '.') continue;
    if (p === '..') out.pop();
    else out.push(p);
  }
  return `/${out.join('/')}`;
}

function parent(path: string): string {
  const at = path.lastIndexOf('/');
  return at <= 0 ? '/' : path.slice(0, at);
}

export class VirtualFs {
  private readonly nodes = new Map<string, Node>();
  private tmpBytes = 0;

  constructor(
    private readonly limitBytes: number,
    private readonly now: () => number,
    handlerFile?: {name: string; code: string},
  ) {
    for (const dir of ['/', '/tmp', '/var', '/var/task', '/var/runtime', '/opt']) this.nodes.set(dir, this.node('dir', dir === '/tmp'));
    if (handlerFile) this.nodes.set(`/var/task/${handlerFile.name}`, this.fileNode(new TextEncoder().encode(handlerFile.code)));
  }

  private fileNode(data: Uint8Array): Node {
    return {...this.node('file', false), chunks: [data], size: data.length};
  }

  private node(kind: 'file' | 'dir', writable: boolean): Node {
    const t = this.now();
    return {kind, chunks: [], size: 0, mtimeMs: t, birthtimeMs: t, writable};
  }

  private contents(n: Node): Uint8Array {
    if (n.chunks.length === 1) return n.chunks[0]!;
    const all = new Uint8Array(n.size);
    let at = 0;
    for (const c of n.chunks) {
      all.set(c, at);
      at += c.length;
    }
    n.chunks = [all];
    return all;
  }

  /** Bytes used in /tmp (file contents). */
  get usedBytes(): number {
    return this.tmpBytes;
  }

  private inTmp(path: string): boolean {
    return path === '/tmp' || path.startsWith('/tmp/');
  }

  private get(path: string, syscall: string): Node {
    const n = this.nodes.get(path);
    if (n) return n;
    // A missing parent that is a file makes Node say ENOTDIR.
    for (let p = parent(path); p !== '/'; p = parent(p)) {
      const up = this.nodes.get(p);
      if (up && up.kind === 'file') throw new FsError('ENOTDIR', syscall, path);
      if (up) break;
    }
    throw new FsError('ENOENT', syscall, path);
  }

  private writableDir(path: string, syscall: string): void {
    const dir = this.nodes.get(parent(path));
    if (!dir) throw new FsError(this.inTmp(path) ? 'ENOENT' : 'EROFS', syscall, path);
    if (dir.kind !== 'dir') throw new FsError('ENOTDIR', syscall, path);
    if (!this.inTmp(path) || !dir.writable) throw new FsError('EROFS', syscall, path);
  }

  stat(path: string, syscall = 'stat'): FsStat {
    const n = this.get(path, syscall);
    return {kind: n.kind, size: n.kind === 'file' ? n.size : 4096, mtimeMs: n.mtimeMs, birthtimeMs: n.birthtimeMs, mode: (n.kind === 'dir' ? 0o040000 : 0o100000) | (n.writable ? 0o666 : 0o444) | (n.kind === 'dir' ? 0o111 : 0)};
  }

  exists(path: string): boolean {
    return this.nodes.has(path);
  }

  readFile(path: string): Uint8Array {
    const n = this.get(path, 'open');
    if (n.kind === 'dir') throw new FsError('EISDIR', 'read', path);
    return this.contents(n);
  }

  /** Writes (flag 'w'), appends ('a') or creates exclusively ('wx'/'ax'). */
  writeFile(path: string, data: Uint8Array, flag: string): void {
    const existing = this.nodes.get(path);
    if (existing?.kind === 'dir') throw new FsError('EISDIR', 'open', path);
    if (existing && flag.includes('x')) throw new FsError('EEXIST', 'open', path);
    if (!existing || !existing.writable) this.writableDir(path, 'open');
    const append = flag.startsWith('a');
    const before = existing?.size ?? 0;
    const after = append ? before + data.length : data.length;
    if (this.tmpBytes - before + after > this.limitBytes) throw new FsError('ENOSPC', 'write', path);
    this.tmpBytes += after - before;
    const node = existing ?? this.node('file', true);
    const copy = data.slice();
    if (append) node.chunks.push(copy);
    else node.chunks = [copy];
    node.size = after;
    node.mtimeMs = this.now();
    this.nodes.set(path, node);
  }

  mkdir(path: string, recursive: boolean): string | undefined {
    if (this.nodes.has(path)) {
      if (recursive && this.nodes.get(path)!.kind === 'dir') return undefined;
      throw new FsError('EEXIST', 'mkdir', path);
    }
    if (recursive) {
      let first: string | undefined;
      const chain: string[] = [];
      for (let p = path; !this.nodes.has(p); p = parent(p)) chain.unshift(p);
      for (const p of chain) {
        this.writableDir(p, 'mkdir');
        this.nodes.set(p, this.node('dir', true));
        first ??= p;
      }
      return first;
    }
    this.writableDir(path, 'mkdir');
    this.nodes.set(path, this.node('dir', true));
    return undefined;
  }

  readdir(path: string): {name: string; kind: 'file' | 'dir'}[] {
    const n = this.get(path, 'scandir');
    if (n.kind !== 'dir') throw new FsError('ENOTDIR', 'scandir', path);
    const prefix = path === '/' ? '/' : `${path}/`;
    const out: {name: string; kind: 'file' | 'dir'}[] = [];
    for (const [p, node] of this.nodes) {
      if (p !== path && p.startsWith(prefix) && !p.slice(prefix.length).includes('/')) out.push({name: p.slice(prefix.length), kind: node.kind});
    }
    return out.sort((a, b) => (a.name < b.name ? -1 : 1));
  }

  unlink(path: string): void {
    const n = this.get(path, 'unlink');
    if (n.kind === 'dir') throw new FsError('EISDIR', 'unlink', path);
    if (!n.writable) throw new FsError('EROFS', 'unlink', path);
    this.tmpBytes -= n.size;
    this.nodes.delete(path);
  }

  rmdir(path: string, recursive: boolean, syscall = 'rmdir'): void {
    const n = this.get(path, syscall);
    if (n.kind !== 'dir') throw new FsError('ENOTDIR', syscall, path);
    if (!n.writable) throw new FsError(path === '/tmp' ? 'EACCES' : 'EROFS', syscall, path);
    const children = this.readdir(path);
    if (children.length > 0 && !recursive) throw new FsError('ENOTEMPTY', syscall, path);
    for (const c of children) {
      const child = `${path}/${c.name}`;
      if (c.kind === 'dir') this.rmdir(child, true, syscall);
      else this.unlink(child);
    }
    this.nodes.delete(path);
  }

  rm(path: string, recursive: boolean, force: boolean): void {
    if (!this.nodes.has(path)) {
      if (force) return;
      throw new FsError('ENOENT', 'rm', path);
    }
    const n = this.nodes.get(path)!;
    if (n.kind === 'dir') {
      if (!recursive) throw new FsError('EISDIR' as never, 'rm', path);
      this.rmdir(path, true, 'rm');
    } else {
      this.unlink(path);
    }
  }

  rename(from: string, to: string): void {
    const n = this.get(from, 'rename');
    if (!n.writable || !this.inTmp(to)) throw new FsError('EROFS', 'rename', from, to);
    this.writableDir(to, 'rename');
    const target = this.nodes.get(to);
    if (target?.kind === 'dir' && n.kind === 'file') throw new FsError('EISDIR', 'rename', from, to);
    if (target?.kind === 'file') this.tmpBytes -= target.size;
    const moves = [...this.nodes.keys()].filter((p) => p === from || p.startsWith(`${from}/`));
    for (const p of moves) {
      const node = this.nodes.get(p)!;
      this.nodes.delete(p);
      this.nodes.set(to + p.slice(from.length), node);
    }
  }

  copyFile(from: string, to: string, exclusive: boolean): void {
    const data = this.readFile(from);
    this.writeFile(to, data, exclusive ? 'wx' : 'w');
  }
}
