// The test suites need two things from Debian, never downloaded by a tool of their own:
// chromium for the browser tests and a CJK font that the PDF tests draw Chinese text with.
// Install whichever is missing, in one apt-get run (the test command runs as root).
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const which = (name) => {
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
};

export const CJK_FONT = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc';

export function ensureDebianPackages({ browser }) {
  const missing = [];
  if (browser && !process.env.CHROMIUM_PATH && !which('chromium')) missing.push('chromium');
  if (!existsSync(CJK_FONT)) missing.push('fonts-wqy-zenhei');
  if (missing.length) {
    console.log(`installing Debian packages: ${missing.join(' ')}`);
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, { stdio: 'inherit' });
  }
  const chromium = browser ? process.env.CHROMIUM_PATH || which('chromium') : null;
  if (browser && !chromium) throw new Error('chromium could not be installed with apt-get');
  return { chromium };
}
