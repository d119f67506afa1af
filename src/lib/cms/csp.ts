/**
 * The Content-Security-Policy of the browser editor at /admin/ — the only page allowed more than
 * the site's strict policy, and only what Decap CMS needs: 'unsafe-eval' (its config validator,
 * ajv, compiles schemas into functions), inline styles (React/emotion inject them), blob:/data:
 * images and blob: fetches (photos being uploaded, local backups of drafts) and requests to the Git host's API (or to the local
 * decap-server). The page carries it in a <meta> tag; the web server should send the same policy
 * as a header for ADMIN_PATH (plus frame-ancestors, which a <meta> cannot carry).
 */
import { ADMIN_PATH } from '../urls.ts';
import type { CmsBackendSettings, CmsSettings } from './config.ts';

export { ADMIN_PATH };

function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** Origins the editor talks to for a backend: its API, and the login server when there is one. */
export function backendOrigins(backend: CmsBackendSettings): string[] {
  const defaults: Record<CmsBackendSettings['name'], string | undefined> = {
    github: 'https://api.github.com',
    gitlab: 'https://gitlab.com',
    gitea: undefined, // self-hosted only: apiRoot is required
  };
  const origins = [originOf(backend.apiRoot) ?? defaults[backend.name], originOf(backend.baseUrl)];
  return [...new Set(origins.filter((origin): origin is string => Boolean(origin)))];
}

/** Avatars the editor shows for the signed-in user. */
function imageOrigins(backend: CmsBackendSettings): string[] {
  return backend.name === 'github' ? ['https://avatars.githubusercontent.com'] : backendOrigins(backend);
}

export interface AdminCspOptions {
  /** For a <meta http-equiv> tag: frame-ancestors is ignored there, so it is left out. */
  meta?: boolean;
}

export function adminContentSecurityPolicy(settings: CmsSettings, options: AdminCspOptions = {}): string {
  const connect = [...backendOrigins(settings.backend)];
  const local = originOf(settings.localProxyUrl);
  if (local) connect.push(local);
  const directives: [string, ...string[]][] = [
    ['default-src', "'none'"],
    ['script-src', "'self'", "'unsafe-eval'"],
    ['style-src', "'self'", "'unsafe-inline'"],
    ['img-src', "'self'", 'data:', 'blob:', ...imageOrigins(settings.backend)],
    ['font-src', "'self'", 'data:'],
    ['connect-src', "'self'", 'blob:', ...connect],
    // The preview pane is an iframe of the page itself.
    ['frame-src', "'self'", 'blob:'],
    ['media-src', "'self'", 'blob:'],
    ['worker-src', "'self'", 'blob:'],
    ['manifest-src', "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'self'"],
    ['form-action', "'self'"],
  ];
  if (!options.meta) directives.push(['frame-ancestors', "'none'"]);
  return directives.map((directive) => directive.join(' ')).join('; ');
}
