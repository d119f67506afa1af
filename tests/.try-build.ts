import { cpSync, rmSync } from 'node:fs';
import path from 'node:path';
import { writeMediaArticles } from './setup/fixture-media.ts';
import { runBuild } from './setup/fixture-site.ts';
const root = '/tmp/h14a/try/site';
rmSync(root, { recursive: true, force: true });
cpSync('/tmp/h14a/main/content', path.join(root, 'content'), { recursive: true });
await writeMediaArticles(path.join(root, 'content'));
const { status, log } = runBuild({
  CEMA_CONTENT_DIR: path.join(root, 'content'),
  CEMA_DIST: path.join(root, 'dist'),
  CEMA_CACHE_DIR: path.join(root, 'cache'),
});
console.log(log.slice(-6000));
console.log('status', status);
