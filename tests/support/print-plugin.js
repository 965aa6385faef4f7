// A test-runner command that prints the test page to a PDF on A4, as a reader's "Print → Save as
// PDF" does (Chromium's own print path: @page rules, @media print, beforeprint), and returns the
// PDF's text as poppler's pdftotext reads it, one string per page.
//   executeServerCommand('print-pdf', { name: 'all-elements' }) → { pages: string[], file }
//   executeServerCommand('emulate-print', { media: 'print' | '', colorScheme: 'dark' | 'light' })
// The PDF stays in the system's temp folder (its path is returned) so that a person can look at
// the pages: pdftoppm -png -r 50 FILE out.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';

/** pdftotext from poppler-utils; on a Debian machine as root without it, installs it (as scripts/find-browser.js does Chromium). */
function pdftotext() {
  const found = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext', '/opt/homebrew/bin/pdftotext'].find((p) => existsSync(p));
  if (found) return found;
  if (process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.error('mieruka: pdftotext not found; installing Debian package poppler-utils …');
    execFileSync('apt-get', ['install', '-y', '-qq', 'poppler-utils'], { stdio: 'inherit' });
    if (existsSync('/usr/bin/pdftotext')) return '/usr/bin/pdftotext';
  }
  throw new Error('The print test reads the PDF with pdftotext: install poppler-utils (Debian/Ubuntu: apt-get install poppler-utils; macOS: brew install poppler).');
}

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function printPlugin() {
  let dir;
  const sessions = new WeakMap();
  return {
    name: 'mieruka-print-pdf',
    async executeCommand({ command, payload, session }) {
      if (command === 'emulate-print') {
        // The print medium and a colour scheme together, in one protocol call: puppeteer's
        // emulateMediaType and emulateMediaFeatures each reset what the other set.
        // Overrides last as long as the protocol session that set them: one kept per page.
        const page = session.browser.getPage(session.id);
        let cdp = sessions.get(page);
        if (!cdp) sessions.set(page, (cdp = await page.createCDPSession()));
        const features = payload?.colorScheme ? [{ name: 'prefers-color-scheme', value: payload.colorScheme }] : [];
        await cdp.send('Emulation.setEmulatedMedia', { media: payload?.media ?? 'print', features });
        return true;
      }
      if (command !== 'print-pdf') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error(`print-pdf needs the Chrome launcher, not ${session.browser.type}`);
      const page = session.browser.getPage(session.id);
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: false });
      dir ??= mkdtempSync(join(tmpdir(), 'mieruka-print-'));
      const file = join(dir, `${String(payload?.name ?? 'page').replace(/[^\w-]/g, '_')}.pdf`);
      writeFileSync(file, pdf);
      const text = execFileSync(pdftotext(), ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
      // pdftotext ends every page with a form feed.
      const pages = text.split('\f');
      if (pages.at(-1) === '') pages.pop();
      return { pages, file };
    },
  };
}
