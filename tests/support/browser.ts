// Launch Debian's Chromium through playwright-core. Playwright's own browser builds cannot be
// downloaded here, so we always point at the system binary (scripts/ensure-chromium.sh installs it).
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

// Without the background-networking/component/sync flags Chromium keeps dialling Google
// services, which this sandbox refuses, flooding logs and slowing startup.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Containers often have a 64 MB /dev/shm; Chromium then crashes on big pages without this.
  '--disable-dev-shm-usage',
];

/** Launch headless Chromium; throws (never skips) when the binary is missing. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Run \`bash scripts/ensure-chromium.sh\` ` +
        `(apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
