/**
 * Peak resident memory of a process and all its descendants, sampled from
 * /proc: a build spawns workers, and the whole tree is what the machine holds.
 */
import { readdirSync, readFileSync } from 'node:fs';

function parentOf(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may hold spaces and parentheses: fields start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[1]);
  } catch {
    return undefined;
  }
}

/** Resident bytes and command name (`node`, `pagefind_extended`, …) of a process. */
function residentBytes(pid: number): { bytes: number; name: string } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const rss = /VmRSS:\s+(\d+) kB/.exec(status);
    return {
      bytes: rss ? Number(rss[1]) * 1024 : 0,
      name: /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '?',
    };
  } catch {
    return { bytes: 0, name: '?' };
  }
}

export interface TreeMemory {
  total: number;
  /** Resident bytes per command name, summed over processes of that name. */
  byName: Map<string, number>;
}

/** Resident bytes of `root` and every process descending from it, right now. */
export function treeResident(root: number): TreeMemory {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const parent = parentOf(pid);
    if (parent === undefined) continue;
    const siblings = children.get(parent);
    if (siblings) siblings.push(pid);
    else children.set(parent, [pid]);
  }
  let total = 0;
  const byName = new Map<string, number>();
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    const { bytes, name } = residentBytes(pid);
    total += bytes;
    byName.set(name, (byName.get(name) ?? 0) + bytes);
    stack.push(...(children.get(pid) ?? []));
  }
  return { total, byName };
}

export interface PeakMemory {
  /** Highest total of the tree at one moment. */
  peak: number;
  /** Highest resident bytes seen per command name, each at its own moment. */
  peakByName: Record<string, number>;
}

/** Samples a process tree's memory until stopped; returns the peaks seen. */
export function watchPeakMemory(root: number, intervalMs = 200): { stop(): PeakMemory } {
  let peak = 0;
  const peakByName: Record<string, number> = {};
  const sample = () => {
    const now = treeResident(root);
    peak = Math.max(peak, now.total);
    for (const [name, bytes] of now.byName)
      peakByName[name] = Math.max(peakByName[name] ?? 0, bytes);
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { peak, peakByName };
    },
  };
}

/** Clock ticks per second of the CPU times in /proc (USER_HZ; 100 on Linux). */
const CLOCK_TICKS = 100;

/**
 * CPU seconds (user and system) of every child this process has waited for,
 * and of their waited-for descendants: the kernel adds a process's time to its
 * parent's when the parent reaps it. Read before and after a child runs, the
 * difference is the CPU time of the child's whole tree, the short-lived
 * processes that sampling would miss included.
 */
export function reapedChildrenCpuSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  // Fields from the state on (field 3): cutime is field 16, cstime field 17.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[13]) + Number(fields[14])) / CLOCK_TICKS;
}
