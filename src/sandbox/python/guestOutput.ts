/**
 * What the Python guest writes, turned into log records under the playground's caps before any of
 * it leaves the worker. As on Lambda, stdout/stderr are split into one record per line (print
 * output is not prefixed), while a logging call or a runtime error line is one record even when it
 * has newlines (the runtime frames it); inside one record a newline is shown as `\r`.
 */
import type {LogRecord} from '../../core/runtime/types.ts';

export interface OutputLimits {
  readonly maxLineChars: number;
  readonly maxInvocationChars: number;
  readonly truncatedMarker: string;
}

type StreamName = 'stdout' | 'stderr';

export class GuestOutput {
  private records: LogRecord[] = [];
  private chars = 0;
  private truncated = false;
  private readonly partial: Record<StreamName, string> = {stdout: '', stderr: ''};
  private readonly decoders: Record<StreamName, TextDecoder> = {stdout: new TextDecoder(), stderr: new TextDecoder()};
  private frameBytes: number[] = [];
  private frameOverflow = false;
  private readonly frameDecoder = new TextDecoder();

  constructor(private readonly limits: OutputLimits) {}

  reset(): void {
    this.records = [];
    this.chars = 0;
    this.truncated = false;
  }

  /** Everything written since the last take, with any unterminated line flushed. */
  take(): LogRecord[] {
    for (const name of ['stdout', 'stderr'] as const) {
      const rest = this.partial[name] + this.decoders[name].decode();
      this.partial[name] = '';
      if (rest !== '') this.push(rest);
    }
    const taken = this.records;
    this.records = [];
    return taken;
  }

  private push(text: string): void {
    if (this.truncated) return;
    let line = text.length > this.limits.maxLineChars ? `${text.slice(0, this.limits.maxLineChars)} [playground] line truncated at 256 KB` : text;
    if (this.chars + line.length > this.limits.maxInvocationChars) {
      this.truncated = true;
      line = this.limits.truncatedMarker;
    }
    this.chars += line.length;
    this.records.push({source: 'function', text: line});
  }

  /** sys.stdout / sys.stderr bytes. Returns how many bytes were taken (all of them). */
  writeStream(name: StreamName, bytes: Uint8Array): number {
    if (this.truncated) return bytes.length;
    let text = this.partial[name] + this.decoders[name].decode(bytes, {stream: true});
    let newline = text.indexOf('\n');
    while (newline !== -1) {
      this.push(text.slice(0, newline));
      if (this.truncated) {
        this.partial[name] = '';
        return bytes.length;
      }
      text = text.slice(newline + 1);
      newline = text.indexOf('\n');
    }
    // A line longer than the cap is cut now, so a flood without newlines stays bounded.
    if (text.length > this.limits.maxLineChars) {
      this.push(text);
      text = '';
    }
    this.partial[name] = text;
    return bytes.length;
  }

  /** The runtime's log device: one JSON string a line. */
  writeFrames(bytes: Uint8Array): number {
    for (const byte of bytes) {
      if (byte !== 10) {
        if (this.frameBytes.length < this.limits.maxLineChars * 4 + 16) this.frameBytes.push(byte);
        else this.frameOverflow = true;
        continue;
      }
      const raw = this.frameDecoder.decode(new Uint8Array(this.frameBytes));
      this.frameBytes = [];
      let text: string;
      try {
        text = this.frameOverflow ? raw : (JSON.parse(raw) as string);
      } catch {
        text = raw;
      }
      this.frameOverflow = false;
      this.push(String(text).replace(/\r?\n/g, '\r'));
    }
    return bytes.length;
  }
}
