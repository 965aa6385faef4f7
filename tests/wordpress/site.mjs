// A throwaway WordPress on loopback for the plugin's tests, built from Debian's packages:
//   - wordpress, mariadb-server, php-cli, php-mysql: found, or (Debian, root) installed with
//     apt-get, or a clear message saying what to install;
//   - a MariaDB in a temp folder, reached by a socket only (--skip-networking);
//   - a copy of /usr/share/wordpress as the docroot (system files are never edited), its own
//     wp-config.php, WordPress installed in Japanese by PHP CLI, an Editor and an Author, and
//     the given posts saved as those users (the tests then upload the plugin through the admin);
//   - `php -S 127.0.0.1:PORT`.
// stop() ends both servers and deletes the folder; they are also ended if this process exits.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isDebianRoot } from '../../scripts/find-browser.js';

// Debian's WordPress; MIERUKA_WORDPRESS names another WordPress folder (another version) to run the same tests on.
const WORDPRESS = process.env.MIERUKA_WORDPRESS || '/usr/share/wordpress';
const MARIADBD = ['/usr/sbin/mariadbd', '/usr/sbin/mysqld'];
const PACKAGES = ['wordpress', 'mariadb-server', 'php-cli', 'php-mysql'];

function hasPhpMysqli() {
  try {
    return execFileSync('php', ['-r', 'echo extension_loaded("mysqli") ? "yes" : "no";'], { encoding: 'utf8' }) === 'yes';
  } catch {
    return false;
  }
}

const missing = () =>
  !existsSync(join(WORDPRESS, 'wp-load.php')) || !MARIADBD.some(existsSync) || !existsSync('/usr/bin/mariadb-install-db') || !hasPhpMysqli();

/** Makes sure Debian's WordPress, MariaDB and PHP are there, installing them as root on Debian. */
export function ensurePackages() {
  if (!missing()) return;
  if (isDebianRoot()) {
    console.error(`mieruka: installing Debian packages ${PACKAGES.join(' ')} for the WordPress tests …`);
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...PACKAGES], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (!missing()) return;
  }
  throw new Error(
    'mieruka: the WordPress tests need WordPress, MariaDB and PHP with mysqli, and some are missing.\n' +
      `Install them (Debian/Ubuntu: apt-get install ${PACKAGES.join(' ')}) or run as root on Debian, where the tests install them.`,
  );
}

export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function waitFor(check, what, seconds, log) {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    if (await check()) return;
    await sleep(100);
  }
  throw new Error(`${what} did not come up within ${seconds} s${log ? `:\n${await readFile(log, 'utf8').catch(() => '')}` : ''}`);
}

/** Runs a PHP CLI script in the docroot; resolves its stdout, rejects with its output. */
function php(www, script, input = '') {
  return new Promise((resolvePhp, reject) => {
    const child = spawn('php', ['-d', 'display_errors=stderr', script], { cwd: www, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolvePhp(out) : reject(new Error(`php ${script} exited ${code}:\n${err}${out}`))));
    child.stdin.end(input);
  });
}

const WP_CONFIG = ({ socket, port, dir }) => `<?php
// Written by tests/wordpress/site.mjs for a throwaway site.
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']
  .map((k) => `define( '${k}', '${k.toLowerCase()}-${Math.random().toString(36).slice(2)}' );`)
  .join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', 'http://127.0.0.1:${port}' );
define( 'WP_SITEURL', 'http://127.0.0.1:${port}' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', '${dir}/debug.log' );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'DISABLE_WP_CRON', true );
define( 'FS_METHOD', 'direct' );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`;

const INSTALL_PHP = `<?php
define( 'WP_INSTALLING', true );
require __DIR__ . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$result = wp_install( 'mieruka テスト', 'admin', 'admin@example.invalid', false, '', 'admin-password', 'ja' );
echo $result['user_id'];
`;

/** Makes an Editor and an Author, and saves the posts read from stdin as those users. */
const SETUP_PHP = `<?php
require __DIR__ . '/wp-load.php';
$users = array();
foreach ( array( 'editor', 'author' ) as $role ) {
	$id = wp_insert_user( array( 'user_login' => $role, 'user_pass' => $role . '-password', 'user_email' => $role . '@example.invalid', 'role' => $role ) );
	if ( is_wp_error( $id ) ) { fwrite( STDERR, $id->get_error_message() ); exit( 1 ); }
	$users[ $role ] = $id;
}
$posts = array();
foreach ( json_decode( stream_get_contents( STDIN ), true ) as $key => $post ) {
	// WordPress's own save path as that user: kses filters are on for roles without unfiltered_html.
	wp_set_current_user( $users[ $post['as'] ] );
	$id = wp_insert_post( wp_slash( array( 'post_title' => $key, 'post_content' => $post['content'], 'post_status' => 'publish', 'post_author' => $users[ $post['as'] ] ) ), true );
	if ( is_wp_error( $id ) ) { fwrite( STDERR, $id->get_error_message() ); exit( 1 ); }
	$posts[ $key ] = array( 'id' => $id, 'saved' => get_post_field( 'post_content', $id, 'raw' ), 'unfiltered' => current_user_can( 'unfiltered_html' ) );
}
echo wp_json_encode( array( 'users' => $users, 'posts' => $posts, 'wp' => get_bloginfo( 'version' ) ) );
`;

/**
 * Starts the site. `posts` maps a title to { as: 'editor'|'author', content }; `files` maps a
 * path under the docroot to its content (documents to serve). Resolves { url, posts, users, stop }.
 */
export async function startSite({ posts, files = {} }) {
  ensurePackages();
  const started = performance.now();
  const dir = await mkdtemp(join(tmpdir(), 'mieruka-wp-'));
  const children = [];
  // Each server runs in its own process group (php -S with workers forks them), and the whole
  // group is signalled, so that no worker outlives the tests.
  const signal = (child, name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      // already gone
    }
  };
  const killAll = () => {
    for (const child of children) signal(child, 'SIGKILL');
  };
  process.once('exit', killAll);
  const stop = async () => {
    for (const child of children) {
      const exited = child.exitCode === null ? new Promise((r) => child.once('exit', r)) : Promise.resolve();
      signal(child, 'SIGTERM');
      await Promise.race([exited, sleep(10_000)]);
      signal(child, 'SIGKILL');
    }
    process.off('exit', killAll);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    // The database: its own data folder and socket, no TCP.
    const data = join(dir, 'db');
    const socket = join(dir, 'mysql.sock');
    const asRoot = process.getuid?.() === 0 ? ['--user=root'] : [];
    execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${data}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...asRoot], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const mariadbd = MARIADBD.find(existsSync);
    const dbLog = join(dir, 'mariadb.log');
    children.push(
      spawn(
        mariadbd,
        ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking', `--pid-file=${join(dir, 'mariadb.pid')}`, `--log-error=${dbLog}`, '--skip-log-bin', '--innodb-buffer-pool-size=16M', ...asRoot],
        { stdio: 'ignore', detached: true },
      ),
    );
    await waitFor(() => existsSync(socket), 'MariaDB', 60, dbLog);
    execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE wordpress CHARACTER SET utf8mb4'], { stdio: 'pipe' });

    // The docroot: a copy of Debian's WordPress (only the Japanese translations of its languages).
    const www = join(dir, 'www');
    await cp(WORDPRESS, www, {
      recursive: true,
      dereference: true,
      filter: (src) => !src.startsWith(join(WORDPRESS, 'wp-content/languages/')) || /\/(admin-)?ja\.mo$|\/continents-cities-ja\.mo$/.test(src),
    });
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    await writeFile(join(www, 'wp-config.php'), WP_CONFIG({ socket, port, dir }));
    for (const [path, content] of Object.entries(files)) {
      await mkdir(dirname(join(www, path)), { recursive: true });
      await writeFile(join(www, path), content);
    }
    await writeFile(join(www, 'mieruka-install.php'), INSTALL_PHP);
    await writeFile(join(www, 'mieruka-setup.php'), SETUP_PHP);
    await php(www, 'mieruka-install.php');
    const setup = JSON.parse(await php(www, 'mieruka-setup.php', JSON.stringify(posts)));
    await rm(join(www, 'mieruka-install.php'));
    await rm(join(www, 'mieruka-setup.php'));

    const serverLog = join(dir, 'php-server.log');
    const { openSync } = await import('node:fs');
    const logFd = openSync(serverLog, 'a');
    children.push(
      spawn('php', ['-S', `127.0.0.1:${port}`, '-t', www], {
        cwd: www,
        stdio: ['ignore', logFd, logFd],
        env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
        detached: true,
      }),
    );
    await waitFor(
      () =>
        fetch(`${url}/wp-login.php`, { redirect: 'manual' })
          .then((r) => r.status === 200)
          .catch(() => false),
      'php -S',
      30,
      serverLog,
    );
    const debugLog = () => readFile(join(dir, 'debug.log'), 'utf8').catch(() => '');
    return { url, ...setup, seconds: (performance.now() - started) / 1000, debugLog, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
