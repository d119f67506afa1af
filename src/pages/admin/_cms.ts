/**
 * Binds the editor's pure configuration (src/lib/cms/) to this build: the environment's backend
 * settings, the content folder's registries and the site's origin.
 */
import path from 'node:path';
import { cmsConfig, cmsSettingsFromEnv } from '../../lib/cms/config.ts';
import { adminContentSecurityPolicy } from '../../lib/cms/csp.ts';
import { readRegistryEntries } from '../../lib/content/registries.ts';
import { contentDir, siteUrl } from '../../site.config.ts';

export const cmsSettings = cmsSettingsFromEnv(process.env);

/**
 * The content folder's path inside the repository: decap-server (`npm run cms`) is started on its
 * parent folder, and on the Git host content/ sits at the repository's root.
 */
export const cmsContentFolder = path.basename(contentDir);

export function buildCmsConfig(): Record<string, unknown> {
  return cmsConfig({
    settings: cmsSettings,
    registries: readRegistryEntries(contentDir),
    contentFolder: cmsContentFolder,
    siteUrl,
  });
}

export const adminCspMeta = adminContentSecurityPolicy(cmsSettings, { meta: true });
