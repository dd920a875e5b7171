import {describe, expect, it} from 'vitest';
import {openPage} from './harness.ts';

describe('playground editor', () => {
  it('Enter on "press Enter or click to edit" puts the caret in the editor', async () => {
    const opened = await openPage('/docs/playground', {waitUntil: 'networkidle'});
    const {page} = opened;
    try {
      const code = page.getByLabel('Handler code (press Enter or click to edit)');
      await code.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.monaco-editor') !== null), {timeout: 30_000}).toBe(true);
      await page.keyboard.type('// typed');
      // Monaco draws spaces as no-break spaces.
      await expect.poll(async () => (await page.locator('.monaco-editor .view-lines').innerText()).replace(/\u00a0/g, ' ')).toContain('// typed');
      expect(opened.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });
});
