/**
 * Feedback while importing: a bar that redraws itself on a terminal, and plain
 * lines (one every few thousand records) when the output goes to a file or a CI log.
 */
export interface Progress {
  tick(done: number): void;
  finish(): void;
}

export function createProgress(total: number, stream: NodeJS.WriteStream, label: string): Progress {
  if (stream.isTTY && total > 1) {
    let lastDrawn = -1;
    return {
      tick(done) {
        const percent = Math.floor((done / total) * 100);
        if (percent === lastDrawn) return;
        lastDrawn = percent;
        const width = 30;
        const filled = Math.round((done / total) * width);
        stream.write(
          `\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`,
        );
      },
      finish() {
        stream.write('\n');
      },
    };
  }
  const step = Math.max(1000, Math.ceil(total / 10));
  return {
    tick(done) {
      if (done % step === 0 && done < total) stream.write(`${label}: ${done}/${total}\n`);
    },
    finish() {},
  };
}
