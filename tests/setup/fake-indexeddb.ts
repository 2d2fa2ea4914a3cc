// A real IndexedDB implementation in memory, so Dexie runs its true code paths in unit tests.
import 'fake-indexeddb/auto';
