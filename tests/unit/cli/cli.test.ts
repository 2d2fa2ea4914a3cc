// @vitest-environment node
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../utils/db/schema';
import { cli } from '../../support/run-cli';
import { sampleExport } from '../../support/sample-store';

const dir = mkdtempSync(join(tmpdir(), 'ics-scout-cli-'));

describe('command line', () => {
  it('lists its commands with --help', async () => {
    const { code, stdout } = await cli('--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage: npm run cli -- <command> \[args\]/);
    expect(stdout).toMatch(/^ {2}export-info <export.json> +check an ICS Scout export file/m);
  });

  it('prints one JSON document for a good export file', async () => {
    const file = join(dir, 'export.json');
    writeFileSync(file, JSON.stringify(sampleExport(2)));
    const { code, stdout } = await cli('export-info', file);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ schemaVersion: SCHEMA_VERSION, rows: { companies: 2, officers: 2, odsPcns: 1 } });
  });

  it.each([
    [['frobnicate'], 'ics-scout: unknown command "frobnicate" (see --help)'],
    [['export-info', '/nonexistent/export.json'], 'ics-scout: /nonexistent/export.json: no such file'],
    [['export-info'], 'ics-scout: usage: export-info <export.json>'],
  ])('bad input %j gives a one-line error and a non-zero exit', async (args, message) => {
    const { code, stdout, stderr } = await cli(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`${message}\n`);
  });

  it('reports a file that is not an export without a stack trace', async () => {
    const file = join(dir, 'notes.json');
    writeFileSync(file, '{"title": "call notes"}');
    const { code, stderr } = await cli('export-info', file);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/notes.json: not an ICS Scout export/);
  });
});
