import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clipCommand } from '../../../scripts/cli/clip';
import { CliError } from '../../../scripts/cli/command';
import { FIXTURE_DIR } from './helpers';

// The command is called directly: scripts/cli.ts registers it (owned elsewhere), and spawning Node is slow.
describe('clip command', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'clip-cli-'));

  it('prints the lists and counts of a saved page', async () => {
    const result = await clipCommand.run([join(FIXTURE_DIR, 'board-list.html'), '--url', 'https://federation.example/our-board']);
    expect(result).toEqual({
      lists: [
        {
          kind: 'people',
          heading: 'Our Board',
          items: ['Dr Jane Smith — Chair', 'Mr John Doe — Finance Director', 'Jo Bloggs — Chief Executive', 'Priya Patel — Nurse Director'],
        },
        { kind: 'people', heading: 'Company secretary', items: ['Sam Green — Company Secretary'] },
      ],
      counts: {},
      warnings: [],
    });
  });

  it('states only the counts the page states', async () => {
    const result = (await clipCommand.run([join(FIXTURE_DIR, 'counts.html')])) as { counts: object };
    expect(result.counts).toEqual({ practices: 31, pcns: 6, patients: 355_000 });
  });

  it('reads a saved fragment without <html>', async () => {
    const file = join(scratch, 'fragment.html');
    writeFileSync(file, '<h2>Our Board</h2><ul><li>Dr A Khan - Chair</li></ul>');
    expect(await clipCommand.run([file])).toEqual({
      lists: [{ kind: 'people', heading: 'Our Board', items: ['Dr A Khan — Chair'] }],
      counts: {},
      warnings: [],
    });
  });

  it.each([
    [[], 'usage: clip <file.html> [--url <page url>]'],
    [['a.html', 'b.html'], 'usage: clip <file.html> [--url <page url>]'],
    [['/no/such/page.html'], '/no/such/page.html: no such file'],
    [['page.html', '--frob', 'x'], 'unknown option --frob'],
    [['page.html', '--url'], 'option --url needs a value'],
  ])('rejects %j with a one-line message', async (args, message) => {
    await expect(clipCommand.run(args)).rejects.toThrow(new CliError(message));
  });

  it('rejects a bad --url, a folder, an empty file and a binary file', async () => {
    const page = join(FIXTURE_DIR, 'board-list.html');
    await expect(clipCommand.run([page, '--url', 'not a url'])).rejects.toThrow(CliError);
    await expect(clipCommand.run([page, '--url', 'https://a.example/', '--url', 'https://b.example/'])).rejects.toThrow('give --url once');
    await expect(clipCommand.run([FIXTURE_DIR])).rejects.toThrow(/is a folder/);
    const empty = join(scratch, 'empty.html');
    writeFileSync(empty, '');
    await expect(clipCommand.run([empty])).rejects.toThrow(`${empty}: not an HTML page (no tags)`);
    const binary = join(scratch, 'image.html');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    await expect(clipCommand.run([binary])).rejects.toThrow(`${binary}: not an HTML page (binary file)`);
  });
});
