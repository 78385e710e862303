import type {PlaceAnswer} from '@ti-toolkit/core/places';

/** A list being checked, kept in the browser so that a reload (or a closed tab) does not lose the answers. */
export interface StoredList {
  /** `listKey` of the text. */
  key: string;
  text: string;
  /** The file's name, null for a pasted list. */
  name: string | null;
  /**
   * Whether the first line was read as a header, as the adviser said or as guessed: the answers are those of this
   * reading's rows. Left out by the lists kept before the choice existed, which were read as guessed.
   */
  header?: boolean;
  /** One per row, null while unanswered. */
  answers: (PlaceAnswer | null)[];
  /** Milliseconds since the epoch of the last save. */
  updatedAt: number;
}

const DATABASE = 'ti-list-check';
const STORE = 'lists';

let opening: Promise<IDBDatabase | null> | null = null;

/**
 * The database, opened once; null where IndexedDB is refused (a sandboxed iframe, some private modes): the check
 * then works without resuming after a reload.
 */
function database(): Promise<IDBDatabase | null> {
  opening ??= new Promise((resolve) => {
    try {
      const request = indexedDB.open(DATABASE, 1);
      request.onupgradeneeded = () =>
        request.result.createObjectStore(STORE, {keyPath: 'key'});
      request.onsuccess = () => {
        const db = request.result;
        // Another tab upgrading (a newer toolkit): let it, and open again next time.
        db.onversionchange = () => {
          db.close();
          opening = null;
        };
        resolve(db);
      };
      request.onerror = () => resolve(null);
      request.onblocked = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
  return opening;
}

async function run<T>(
  mode: IDBTransactionMode,
  action: (store: IDBObjectStore) => IDBRequest<T>
): Promise<T | null> {
  const db = await database();
  if (!db) return null;
  return new Promise((resolve) => {
    try {
      const request = action(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      // A full disk or a refused write costs the resume only, never the check under way.
      request.onerror = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
}

export const saveList = (list: StoredList) =>
  run('readwrite', (store) => store.put(list)).then(() => undefined);

export async function loadList(key: string): Promise<StoredList | null> {
  const found = await run('readonly', (store) => store.get(key));
  return isStoredList(found) ? found : null;
}

/** The list saved last, to offer resuming it. */
export async function latestList(): Promise<StoredList | null> {
  const all = (await run('readonly', (store) => store.getAll())) ?? [];
  return (
    all.filter(isStoredList).sort((a, b) => b.updatedAt - a.updatedAt)[0] ??
    null
  );
}

export const deleteList = (key: string) =>
  run('readwrite', (store) => store.delete(key)).then(() => undefined);

/** Forgets every list (tests, and a page that offers "forget everything"). */
export const clearLists = () =>
  run('readwrite', (store) => store.clear()).then(() => undefined);

// The database is shared with any page of the same origin: read what is there as untrusted.
function isStoredList(value: unknown): value is StoredList {
  const list = value as StoredList | null;
  return (
    typeof list === 'object' &&
    list !== null &&
    typeof list.key === 'string' &&
    typeof list.text === 'string' &&
    (list.name === null || typeof list.name === 'string') &&
    (list.header === undefined || typeof list.header === 'boolean') &&
    Array.isArray(list.answers) &&
    list.answers.every(isAnswer) &&
    typeof list.updatedAt === 'number'
  );
}

const isAnswer = (answer: unknown) =>
  answer === null ||
  (typeof answer === 'object' &&
    typeof (answer as PlaceAnswer).status === 'string' &&
    typeof (answer as PlaceAnswer).reason?.code === 'string');
