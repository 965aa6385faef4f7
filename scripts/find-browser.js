// Finds a Chromium or Chrome for the browser tests, as the README promises:
// CHROME_PATH first, then the usual install paths; on a Debian machine as root with none,
// installs Debian's chromium and fonts-noto-cjk (Japanese text renders as boxes without them).
// Never downloads a browser build of its own. Prints the path it found on stdout when run directly.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/**
 * Flags for a headless Chromium on this kind of machine: as root it needs --no-sandbox, and
 * without the background-networking flags it keeps trying hosts this network refuses.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const isDebianRoot = () =>
  process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');

export function findBrowser({ install = true } = {}) {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  if (install && isDebianRoot()) {
    console.error('mieruka: no Chromium found; installing Debian packages chromium and fonts-noto-cjk …');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  throw new Error(
    'mieruka: the tests need Chromium or Google Chrome, and none was found.\n' +
      'Install one (Debian/Ubuntu: apt-get install chromium fonts-noto-cjk) or set CHROME_PATH to its executable.',
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    console.log(findBrowser());
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}
