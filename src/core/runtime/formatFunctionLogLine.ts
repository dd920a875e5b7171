/**
 * A console line as the Node.js runtime writes it in text log format:
 * `<ISO time>\t<requestId>\t<LEVEL>\t<message>`. Newlines inside one message become `\r` so the
 * whole message stays one CloudWatch event (aws-lambda-nodejs-runtime-interface-client LogPatch.js).
 * Outside an invocation (init phase) the request id is the literal `undefined`.
 */
export type LogLevel = 'INFO' | 'WARN' | 'ERROR' | 'DEBUG' | 'TRACE' | 'FATAL';

export function formatFunctionLogLine(timestamp: string, requestId: string | undefined, level: LogLevel, message: string): string {
  return `${timestamp}\t${requestId ?? 'undefined'}\t${level}\t${message.replace(/\n/g, '\r')}`;
}
