/**
 * The heap Astro's build process may use. Node's default limit (~4.2 GB on a 64-bit machine,
 * whatever its memory) is reached at about 50,000 articles: the process then spends its time in
 * garbage collection, and the build stops growing linearly. Half the machine's memory, capped,
 * unless the operator chose a limit in NODE_OPTIONS.
 */
const MAX_HEAP_MB = 16 * 1024;
const MIN_HEAP_MB = 4 * 1024;

/** The `--max-old-space-size` flag to add, or none when NODE_OPTIONS already sets one. */
export function heapLimitFlags(totalMemoryBytes: number, nodeOptions = ''): string[] {
  if (/--max-old-space-size[=\s]/.test(nodeOptions)) return [];
  const half = Math.floor(totalMemoryBytes / 2 / 2 ** 20);
  return [`--max-old-space-size=${Math.min(MAX_HEAP_MB, Math.max(MIN_HEAP_MB, half))}`];
}
