import { ScoutDb } from './schema';

/**
 * The extension's one database. Extension pages read it directly (live queries); only the background
 * writes it: pages send their writes as messages (utils/messages).
 */
export const db = new ScoutDb();
