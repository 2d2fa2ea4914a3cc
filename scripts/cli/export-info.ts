import { ImportError, parseExportText, validateExport } from '../../utils/db/transfer.ts';
import { CliError, readInputFile, type CliCommand } from './command.ts';

/** Checks an export file the way an import would, without a browser: what it holds, or why it is bad. */
export const exportInfoCommand: CliCommand = {
  name: 'export-info',
  usage: 'export-info <export.json>',
  summary: 'check an ICS Scout export file and count its rows per table',
  async run(args) {
    const [file, ...rest] = args;
    if (!file || rest.length) throw new CliError('usage: export-info <export.json>');
    const text = (await readInputFile(file)).toString('utf8');
    try {
      const parsed = parseExportText(text);
      const { summary } = validateExport(parsed);
      return { schemaVersion: summary.schemaVersion, exportedAt: (parsed as { exportedAt: string }).exportedAt, total: summary.total, rows: summary.rows };
    } catch (error) {
      if (error instanceof ImportError) throw new CliError(`${file}: ${error.message}`);
      throw error;
    }
  },
};
