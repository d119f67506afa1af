import { describe, expect, it } from 'vitest';
import { cmsSettingsFromEnv } from '../../src/lib/cms/config.ts';
import { adminContentSecurityPolicy, backendOrigins } from '../../src/lib/cms/csp.ts';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

describe('adminContentSecurityPolicy', () => {
  const github = cmsSettingsFromEnv({ CEMA_CMS_REPO: 'a/b' });

  it('allows only what Decap needs: no inline script, no other origin than the Git host', () => {
    const policy = directives(adminContentSecurityPolicy(github));
    expect(policy.get('default-src')).toEqual(["'none'"]);
    expect(policy.get('script-src')).toEqual(["'self'", "'unsafe-eval'"]);
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'");
    expect(policy.get('connect-src')).toEqual(["'self'", 'blob:', 'https://api.github.com']);
    expect(policy.get('img-src')).toContain('https://avatars.githubusercontent.com');
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('leaves frame-ancestors out of the <meta> version (browsers ignore it there)', () => {
    expect(directives(adminContentSecurityPolicy(github, { meta: true })).has('frame-ancestors')).toBe(false);
  });

  it('lets the editor reach the local decap-server only when `npm run cms` configured it', () => {
    const local = cmsSettingsFromEnv({ CEMA_CMS_PROXY_URL: 'http://127.0.0.1:8081/api/v1' });
    expect(directives(adminContentSecurityPolicy(local)).get('connect-src')).toContain(
      'http://127.0.0.1:8081',
    );
    expect(adminContentSecurityPolicy(github)).not.toContain('127.0.0.1');
  });

  it('follows a self-hosted GitLab or Gitea and its login server', () => {
    expect(
      backendOrigins(
        cmsSettingsFromEnv({
          CEMA_CMS_BACKEND: 'gitea',
          CEMA_CMS_API_ROOT: 'https://git.cema.gov.vn/api/v1',
          CEMA_CMS_BASE_URL: 'https://git.cema.gov.vn',
        }).backend,
      ),
    ).toEqual(['https://git.cema.gov.vn']);
    expect(backendOrigins(cmsSettingsFromEnv({ CEMA_CMS_BACKEND: 'gitlab' }).backend)).toEqual([
      'https://gitlab.com',
    ]);
  });
});
