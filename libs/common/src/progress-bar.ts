/**
 * A one-line progress bar for command-line tools (reindex, benchmark loads):
 * redrawn in place on a terminal, one line per tenth on anything else (CI logs).
 */
export function progressBar(stream: NodeJS.WriteStream = process.stderr, width = 30): (label: string, done: number, total: number) => void {
  let lastTenth = -1;
  return (label, done, total) => {
    const share = total > 0 ? Math.min(1, done / total) : 1;
    const filled = Math.round(share * width);
    const line = `${label.padEnd(18)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)}%  ${done}/${total}`;
    if (stream.isTTY) {
      stream.write(`\r${line}${done >= total ? '\n' : ''}`);
      return;
    }
    const tenth = Math.floor(share * 10);
    if (tenth !== lastTenth || done >= total) {
      lastTenth = done >= total ? -1 : tenth;
      stream.write(`${line}\n`);
    }
  };
}
