/**
 * Atomic publishing of a built site. The output path (`dist/`) is a symbolic link to a release
 * folder beside it (`.dist-releases/<stamp>/`); publishing writes a new link and renames it over
 * the old one — one rename(2), atomic on POSIX — so at every instant the path is either the old
 * complete site or the new one, whatever kills the build and whenever. Releases live beside the
 * output path, so the rename never crosses filesystems (an output path on tmpfs works).
 *
 * The previous release is kept (rollback: point the link back); older ones and the staging
 * folders of killed builds are removed by the next build, which holds the build lock.
 */
import { existsSync, lstatSync, readlinkSync } from 'node:fs';
import { mkdir, readdir, rename, rm, symlink } from 'node:fs/promises';
import path from 'node:path';

export interface PublishPaths {
  /** The output path readers' server points at (a symlink once published). */
  target: string;
  /** Where releases are kept: `<parent>/.<name>-releases/`. */
  releases: string;
}

export function publishPaths(target: string): PublishPaths {
  return { target, releases: path.join(path.dirname(target), `.${path.basename(target)}-releases`) };
}

/**
 * The folder a build writes into (inside the releases folder), the same path on every build:
 * Astro compiles its output path into the pages' code (astro:assets), and its incremental build
 * reuses a page only when that code is unchanged. Builds are serialised by the build lock, and
 * removeLeftovers clears what a killed build left here.
 */
export async function newStaging({ releases }: PublishPaths): Promise<string> {
  await mkdir(releases, { recursive: true });
  return path.join(releases, 'build');
}

/** The release the output path points at now, if it is a published link. */
export function currentRelease({ target }: PublishPaths): string | undefined {
  try {
    if (!lstatSync(target).isSymbolicLink()) return undefined;
    return path.resolve(path.dirname(target), readlinkSync(target));
  } catch {
    return undefined;
  }
}

/**
 * Publishes a finished build. A plain folder left at the output path by an older version of this
 * script is first moved into the releases (the one moment, once, when the path is briefly absent).
 */
export async function publish(paths: PublishPaths, staging: string, stamp: string): Promise<string> {
  const release = path.join(paths.releases, `site-${stamp}`);
  await rename(staging, release);
  if (existsSync(paths.target) && !lstatSync(paths.target).isSymbolicLink()) {
    await rename(paths.target, path.join(paths.releases, `site-${stamp}-before`));
  }
  const link = path.join(path.dirname(paths.target), `.${path.basename(paths.target)}-link-${stamp}`);
  await rm(link, { force: true });
  // Relative, so the whole parent folder can be moved or mounted elsewhere.
  await symlink(path.relative(path.dirname(paths.target), release), link, 'dir');
  await rename(link, paths.target);
  return release;
}

/**
 * Removes what killed builds left (staging folders, stray links) and releases older than the
 * current and the previous one. Call while holding the build lock: nothing else is building.
 */
export async function removeLeftovers(paths: PublishPaths, keep: readonly string[] = []): Promise<string[]> {
  const removed: string[] = [];
  const current = currentRelease(paths);
  const parent = path.dirname(paths.target);
  for (const name of await readdir(parent)) {
    if (name.startsWith(`.${path.basename(paths.target)}-link-`)) {
      await rm(path.join(parent, name), { force: true });
      removed.push(path.join(parent, name));
    }
  }
  if (!existsSync(paths.releases)) return removed;
  const releases = (await readdir(paths.releases)).map((name) => path.join(paths.releases, name));
  const sites = releases.filter((dir) => path.basename(dir).startsWith('site-') && dir !== current).sort();
  const previous = sites.at(-1);
  for (const dir of releases) {
    if (dir === current || dir === previous || keep.includes(dir)) continue;
    await rm(dir, { recursive: true, force: true });
    removed.push(dir);
  }
  return removed;
}
