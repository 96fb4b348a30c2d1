// The transport of the language server, chosen from the command line as vscode-languageserver chooses it
// (--stdio, --node-ipc, --socket=N, --pipe=NAME), but with readers this module watches. The library's
// own reader reports a malformed frame (`Content-Length: abc`, a negative or missing length, a body that
// is no JSON) as an error that nobody listens to, and the server then stays alive but deaf for ever. Here
// a reader error is logged on stderr and ends the process with exit code 1, so that the client sees the
// server die and restarts it, which resynchronises the stream.
import {
  createServerPipeTransport, createServerSocketTransport, IPCMessageReader, IPCMessageWriter, StreamMessageReader, StreamMessageWriter,
} from 'vscode-languageserver/node';
import type { MessageReader, MessageWriter } from 'vscode-languageserver/node';

export interface Transport {
  readonly reader: MessageReader;
  readonly writer: MessageWriter;
  /** True for stdio, where stdout carries the protocol and nothing else may be printed there. */
  readonly stdio: boolean;
}

/** The transport the arguments name, or undefined when they name none. */
export function transportFromArgs(argv: readonly string[]): Transport | undefined {
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split('=', 2);
    const value = inline ?? argv[i + 1];
    if (name === '--stdio') return { reader: new StreamMessageReader(process.stdin), writer: new StreamMessageWriter(process.stdout), stdio: true };
    if (name === '--node-ipc') return { reader: new IPCMessageReader(process), writer: new IPCMessageWriter(process), stdio: false };
    if (name === '--socket' && value !== undefined && Number.isInteger(Number(value))) {
      const [reader, writer] = createServerSocketTransport(Number(value));
      return { reader, writer, stdio: false };
    }
    if (name === '--pipe' && value !== undefined) {
      const [reader, writer] = createServerPipeTransport(value);
      return { reader, writer, stdio: false };
    }
  }
  return undefined;
}

/** Ends the process when the reader fails or the stream closes: a server that cannot read must not linger. */
export function exitOnReaderFailure(reader: MessageReader, writer: MessageWriter, shutdownReceived: () => boolean): void {
  reader.onError((error) => {
    process.stderr.write(`regbrev: ogiltigt meddelande från klienten, servern avslutas / malformed message from the client, the server exits: ${error.message}\n`);
    process.exit(1);
  });
  writer.onError(([error]) => {
    process.stderr.write(`regbrev: kan inte skriva till klienten, servern avslutas / cannot write to the client, the server exits: ${error.message}\n`);
    process.exit(1);
  });
  reader.onClose(() => process.exit(shutdownReceived() ? 0 : 1));
}
