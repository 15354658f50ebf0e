/** A one-line progress bar on a TTY stream, redrawn at most every 100 ms. */
import type { Writable } from "node:stream";

export interface Progress {
  tick(failed: boolean): void;
  done(): void;
}

export function createProgress(stream: Writable & { columns?: number }, total: number | null): Progress {
  const started = Date.now();
  let count = 0;
  let failures = 0;
  let last = 0;
  const draw = () => {
    const secs = Math.max((Date.now() - started) / 1000, 0.001);
    const rate = `${(count / secs).toFixed(1)} docs/s`;
    const failedText = failures ? `, ${failures} failed` : "";
    let line: string;
    if (total) {
      const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 40));
      const filled = Math.round((count / total) * width);
      line = `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${count}/${total} ${rate}${failedText}`;
    } else {
      line = `${count} docs ${rate}${failedText}`;
    }
    stream.write(`\r\x1b[2K${line}`);
  };
  return {
    tick(failed) {
      count++;
      if (failed) failures++;
      const now = Date.now();
      if (now - last >= 100 || count === total) {
        last = now;
        draw();
      }
    },
    done() {
      draw();
      stream.write("\n");
    },
  };
}
