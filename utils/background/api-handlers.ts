import { savePage } from '../capture/save-page';
import type { ScoutDb } from '../db/schema';
import { countRows, deleteAll, ImportError, importAll, parseExportText } from '../db/transfer';
import type { ApiHandlers } from '../messages/router';

/** The background's answers to every call in BACKGROUND_API; `now` is injectable for tests. */
export function createApiHandlers(db: ScoutDb, now: () => Date = () => new Date()): ApiHandlers {
  return {
    'capture.page': async ({ page }) => savePage(db, page, now()),

    'data.import': async ({ text }) => {
      const document = parseExportText(text);
      try {
        return await importAll(db, document);
      } catch (error) {
        if (error instanceof ImportError) throw error;
        // A Dexie constraint failure aborts the transaction: the previous data is untouched.
        const name = (error as { name?: string }).name;
        if (name === 'BulkError' || name === 'ConstraintError') {
          throw new ImportError('the file has two rows with the same key; nothing was imported');
        }
        throw error;
      }
    },

    'data.deleteAll': async () => {
      const counts = await countRows(db);
      await deleteAll(db);
      return { deletedRows: Object.values(counts).reduce((a, b) => a + b, 0) };
    },
  };
}
