import type { Dexie } from 'dexie';

/** Every IndexedDB transaction `db` opens from now on, as the browser creates it. */
export function observeTransactions(db: Dexie): IDBTransaction[] {
  const opened: IDBTransaction[] = [];
  db.use({
    stack: 'dbcore',
    name: 'observe',
    create: (down) => ({
      ...down,
      transaction(stores, mode, options) {
        const transaction = down.transaction(stores, mode, options);
        opened.push(transaction as unknown as IDBTransaction);
        return transaction;
      },
    }),
  });
  return opened;
}
