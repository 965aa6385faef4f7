import { executeServerCommand } from '@web/test-runner-commands';

/**
 * Switches Chromium's forced-colours emulation on or off for this page (the command is
 * tests/support/emulation-plugin.js). Resolves once the page's media queries say so.
 */
export async function emulateForcedColors(active: boolean): Promise<void> {
  await executeServerCommand('emulate-forced-colors', { active });
  const query = matchMedia('(forced-colors: active)');
  for (let i = 0; i < 50 && query.matches !== active; i++) await new Promise((r) => requestAnimationFrame(r));
  if (query.matches !== active) throw new Error(`forced-colors emulation did not switch ${active ? 'on' : 'off'}`);
}
