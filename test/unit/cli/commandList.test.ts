import {describe, expect, it} from 'vitest';
import {COMMANDS} from '../../../src/cli/commands/index.ts';

describe('the lazy command list', () => {
  it('lists each command under its own name and summary (the list is kept beside the lazy imports)', async () => {
    for (const entry of COMMANDS) {
      const command = await entry.load();
      expect(command.name).toBe(entry.name);
      expect(command.summary).toBe(entry.summary);
    }
  });
});
