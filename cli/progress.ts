// A progress line on stderr for long steps: redrawn in place on a terminal, a few plain lines otherwise.
export interface Progress {
  update(done: number, total: number): void;
  done(message?: string): void;
}

export function progress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  const started = Date.now();
  let lastPrinted = -1;
  return {
    update(done, total) {
      const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
      if (stream.isTTY) {
        const width = 24;
        const filled = Math.round((percent / 100) * width);
        stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
      } else if (total >= 200 && percent >= lastPrinted + 25) {
        lastPrinted = percent - (percent % 25);
        stream.write(`${label}: ${done}/${total}\n`);
      }
    },
    done(message) {
      if (stream.isTTY) stream.write('\r\x1b[K');
      if (message) stream.write(`${message} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
    },
  };
}
