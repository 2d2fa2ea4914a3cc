import { savePage } from '../capture/save-page';
import { CRITERIA_SETTING } from '../db/company-assessment';
import type { ScoutDb } from '../db/schema';
import { parseCriteria } from '../readiness/criteria';
import { personNameKey } from '../people/name-key';
import { countRows, deleteAll, ImportError, importAll, parseExportText } from '../db/transfer';
import type { ApiHandlers } from '../messages/router';
import type { createClipService } from './clip-service';
import { downloadOdsReports, importOdsFiles } from './ods-service';

/** The background's answers to every call in BACKGROUND_API; `now` is injectable for tests. */
export interface BackgroundServices {
  /** Starts capture-all for a company; false when one is already running for it. */
  startCaptureAll?: (companyNumber: string) => boolean;
  now?: () => Date;
  /** Told after a company's stored records change (and from which tab, when a page sent them). */
  onCompanyChanged?: (companyNumber: string, tabId?: number) => void;
  /** Sets a tab's toolbar badge for the page it shows; true when that is a verdict. */
  showBadge?: (tabId: number, url: string) => Promise<boolean>;
  clips?: ReturnType<typeof createClipService>;
}

export function createApiHandlers(db: ScoutDb, services: BackgroundServices = {}): ApiHandlers {
  const now = services.now ?? (() => new Date());
  return {
    'capture.page': async ({ page }, sender) => {
      const result = await savePage(db, page, now());
      services.onCompanyChanged?.(page.companyNumber, sender.tab?.id);
      return result;
    },

    'capture.all': async ({ companyNumber }) => {
      if (!services.startCaptureAll) throw new Error('capture-all is not available here');
      // Not awaited: the job outlives the popup that asked for it; its progress is stored as it goes.
      return { started: services.startCaptureAll(companyNumber) };
    },

    'ods.importFiles': async ({ files }) => importOdsFiles(db, files),

    'ods.download': async () => downloadOdsReports(db),

    'clips.save': async (params) => {
      if (!services.clips) throw new Error('clipping is not available here');
      const result = await services.clips.save(params, now());
      services.onCompanyChanged?.(params.companyNumber);
      return result;
    },

    'links.set': async (params) => {
      if (!services.clips) throw new Error('linking is not available here');
      const result = await services.clips.setLink(params, now());
      services.onCompanyChanged?.(params.companyNumber);
      return result;
    },

    'badge.refresh': async ({ tabId, url }) => {
      if (!services.showBadge) throw new Error('the toolbar badge is not available here');
      return { shown: await services.showBadge(tabId, url) };
    },

    'settings.saveCriteria': async ({ criteria }) => {
      // null resets to the defaults. Settings with an invalid field are not saved: the user fixes them first.
      if (criteria === null) {
        await db.settings.delete(CRITERIA_SETTING);
        return { saved: true, errors: [] };
      }
      const { criteria: parsed, errors } = parseCriteria(criteria);
      if (errors.length) return { saved: false, errors };
      await db.settings.put({ key: CRITERIA_SETTING, value: parsed });
      return { saved: true, errors: [] };
    },

    'people.add': async ({ name, title, entityKind, entityId }) => {
      const nameKey = personNameKey(name);
      const role = { entityKind, entityId, title, source: 'user' };
      return db.transaction('rw', db.people, async () => {
        const known = await db.people.where('nameKey').equals(nameKey).first();
        if (known) {
          const roles = known.roles.some((r) => r.entityKind === entityKind && r.entityId === entityId && r.title === title) ? known.roles : [...known.roles, role];
          await db.people.put({ ...known, roles, updatedAt: now().toISOString() });
          return { id: known.id };
        }
        const id = crypto.randomUUID();
        await db.people.add({ id, name, nameKey, roles: [role], updatedAt: now().toISOString() });
        return { id };
      });
    },

    'notes.add': async ({ entityKind, entityId, text }) => {
      const stamp = now().toISOString();
      const id = crypto.randomUUID();
      await db.notes.add({ id, entityKind, entityId, text, createdAt: stamp, updatedAt: stamp });
      return { id };
    },

    'tags.set': async ({ entityKind, entityId, tag, present }) => {
      if (present) await db.tags.put({ entityKind, entityId, tag });
      else await db.tags.delete([entityKind, entityId, tag]);
      return { present };
    },

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
