// Browser tests use Debian's chromium (never a downloaded browser); install it when missing.
import { execSync, spawnSync } from 'node:child_process';

const which = (name) => {
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
};

export function ensureChromium() {
  const found = process.env.CHROMIUM_PATH || which('chromium');
  if (found) return found;
  console.log('chromium is missing: installing Debian\'s chromium (apt-get)');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  const installed = which('chromium');
  if (!installed) throw new Error('chromium could not be installed with apt-get');
  return installed;
}
