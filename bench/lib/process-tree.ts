/** Memory and CPU of a process tree, read from /proc (Linux): for the benchmark scripts. */
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

export interface TreeSample {
  /** Total RSS (bytes) of the root and all its descendants. */
  rssBytes: number;
  /** User + system CPU seconds each live process of the tree has used so far, by pid. */
  cpuSecondsByPid: Map<number, number>;
}

/** One reading of `rootPid` and all its descendants. */
export function sampleTree(rootPid: number): TreeSample {
  const children = new Map<number, number[]>();
  const cpuOf = new Map<number, number>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return { rssBytes: 0, cpuSecondsByPid: new Map() };
  }
  for (const e of entries) {
    if (!/^\d+$/.test(e)) continue;
    try {
      const stat = readFileSync(`/proc/${e}/stat`, 'utf8');
      // comm may contain spaces/parens: fields after the last ')' (state is field 3, ppid 4, utime 14, stime 15).
      const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(after[1]);
      cpuOf.set(Number(e), (Number(after[11]) + Number(after[12])) / TICKS_PER_SECOND);
      const list = children.get(ppid);
      if (list) list.push(Number(e));
      else children.set(ppid, [Number(e)]);
    } catch {
      /* process exited */
    }
  }
  let rssBytes = 0;
  const cpuSecondsByPid = new Map<number, number>();
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const m = /VmRSS:\s+(\d+) kB/.exec(status);
      if (m) rssBytes += Number(m[1]) * 1024;
    } catch {
      /* exited */
    }
    const cpu = cpuOf.get(pid);
    if (cpu !== undefined) cpuSecondsByPid.set(pid, cpu);
    for (const c of children.get(pid) ?? []) stack.push(c);
  }
  return { rssBytes, cpuSecondsByPid };
}

/** Total RSS (bytes) of `rootPid` and all its descendants, from /proc. */
export function treeRss(rootPid: number): number {
  return sampleTree(rootPid).rssBytes;
}
