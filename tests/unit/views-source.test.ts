import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TIMEOUT_MS, viewsConfigFromEnv } from '../../src/lib/views/source.ts';

describe('viewsConfigFromEnv (the one reading of CEMA_VIEWS_*, for the build and views:pull)', () => {
  const contentDir = '/srv/site/content';

  it('defaults to the snapshot file in the content folder, 15 s, not strict', () => {
    expect(viewsConfigFromEnv({}, contentDir)).toEqual({
      kind: 'file',
      file: path.join(contentDir, 'view-counts.json'),
      url: undefined,
      siteId: undefined,
      token: undefined,
      timeoutMs: DEFAULT_TIMEOUT_MS,
      strict: false,
    });
  });

  it('reads every variable, treating blank values as unset', () => {
    const config = viewsConfigFromEnv(
      {
        CEMA_VIEWS_SOURCE: 'plausible',
        CEMA_VIEWS_FILE: 'counts.csv',
        CEMA_VIEWS_URL: 'https://plausible.io',
        CEMA_VIEWS_SITE_ID: 'tin.cema.gov.vn',
        CEMA_VIEWS_TOKEN: ' secret ',
        CEMA_VIEWS_TIMEOUT_MS: '5000',
        CEMA_VIEWS_STRICT: 'true',
      },
      contentDir,
    );
    expect(config).toMatchObject({
      kind: 'plausible',
      file: path.join(contentDir, 'counts.csv'),
      token: 'secret',
      timeoutMs: 5000,
      strict: true,
    });
    expect(viewsConfigFromEnv({ CEMA_VIEWS_SOURCE: '  ', CEMA_VIEWS_URL: '' }, contentDir).kind).toBe('file');
  });

  it('refuses values it cannot use, in Vietnamese, naming the variable', () => {
    expect(() => viewsConfigFromEnv({ CEMA_VIEWS_SOURCE: 'google' }, contentDir)).toThrow(
      /CEMA_VIEWS_SOURCE phải là một trong: file, http, plausible/,
    );
    expect(() => viewsConfigFromEnv({ CEMA_VIEWS_TIMEOUT_MS: '-1' }, contentDir)).toThrow(
      /CEMA_VIEWS_TIMEOUT_MS/,
    );
    expect(() => viewsConfigFromEnv({ CEMA_VIEWS_TIMEOUT_MS: '1.5' }, contentDir)).toThrow(
      /CEMA_VIEWS_TIMEOUT_MS/,
    );
    expect(() => viewsConfigFromEnv({ CEMA_VIEWS_URL: 'plausible.io' }, contentDir)).toThrow(
      /CEMA_VIEWS_URL/,
    );
    expect(() => viewsConfigFromEnv({ CEMA_VIEWS_STRICT: 'yes' }, contentDir)).toThrow(/CEMA_VIEWS_STRICT/);
  });
});
