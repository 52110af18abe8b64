/**
 * Extension pages follow the background's store without polling it (utils/store/watch.ts).
 * The page opens its own read-only connection to the extension's database, the same origin as
 * the service worker's; it only watches, every answer still comes through messages.
 */
import { KamerDb } from '../utils/store/db';
import { watchStore } from '../utils/store/watch';

let db: KamerDb | null = null;

export function onStoreChange(callback: () => void): () => void {
  db ??= new KamerDb();
  return watchStore(db, callback);
}
