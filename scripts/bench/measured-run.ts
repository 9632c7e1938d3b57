/**
 * Runs one command and measures it the way every build in the benchmark is
 * measured, the project's and the peer's alike: wall time, CPU time of the
 * whole process tree, and the tree's peak resident memory.
 */
import { spawn, type SpawnOptions } from 'node:child_process';
import { reapedChildrenCpuSeconds, watchPeakMemory } from './process-tree';

export interface RunMeasurement {
  wallS: number;
  /** User and system CPU seconds of the command and every process it started. */
  cpuS: number;
  peakMemoryMB: number;
  /** Peak per command name (`node`, `pagefind_extended`, `hugo`, …), each at its own moment. */
  peakMemoryByProcessMB: Record<string, number>;
  exitCode: number | null;
}

export interface MeasuredRunOptions extends Pick<SpawnOptions, 'cwd' | 'env'> {
  /** Called with each line of output (stdout and stderr) as it arrives. */
  onLine?: (line: string) => void;
}

/** Runs `command` to its end; returns its measurement and everything it printed. */
export async function runMeasured(
  command: string,
  args: string[],
  options: MeasuredRunOptions,
): Promise<RunMeasurement & { log: string }> {
  const cpuBefore = reapedChildrenCpuSeconds();
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const memory = watchPeakMemory(child.pid!);
  let log = '';
  for (const stream of [child.stdout!, child.stderr!]) {
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      log += chunk;
      if (!options.onLine) return;
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      lines.forEach(options.onLine);
    });
  }
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const wallS = (performance.now() - started) / 1000;
  // Read once the child is reaped: its time, and its reaped descendants', is ours now.
  const cpuS = reapedChildrenCpuSeconds() - cpuBefore;
  const { peak, peakByName } = memory.stop();
  return {
    wallS,
    cpuS,
    peakMemoryMB: peak / 1024 / 1024,
    peakMemoryByProcessMB: Object.fromEntries(
      Object.entries(peakByName).map(([name, bytes]) => [name, Math.round(bytes / 1024 / 1024)]),
    ),
    exitCode,
    log,
  };
}
