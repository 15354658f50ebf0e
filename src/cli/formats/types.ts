import type { Writable } from "node:stream";
import type { Result } from "../../document/types.js";

/** Where a format writes: a stream, or a directory for formats that write one file per document. */
export interface SinkTarget {
  stream: Writable;
  /** The --out value, when given. Directory formats require it. */
  outPath?: string;
  /** ANSI colour allowed (a TTY without NO_COLOR). */
  color: boolean;
}

export interface OutputSink {
  /** Called once per input, in input order. */
  write(result: Result): void | Promise<void>;
  end(): void | Promise<void>;
}

export interface OutputFormat {
  name: string;
  description: string;
  /** True when the format writes files into the --out directory instead of a stream. */
  directory?: boolean;
  open(target: SinkTarget): OutputSink;
}
