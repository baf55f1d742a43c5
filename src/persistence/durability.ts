/**
 * What the browser is asked so that saved work stays saved: to keep this site's storage when space runs low
 * (best-effort storage may be evicted without a word), and to ask before closing the tab while an edit is not yet
 * written. Both are requests a browser may refuse; the work is saved either way.
 */

type PersistentStorage = Pick<StorageManager, 'persist'>;
type UnloadTarget = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

const asked = new WeakSet<PersistentStorage>();

/**
 * Asks once per page for persistent storage (navigator.storage.persist). Unsupported, refused or failing, it
 * resolves all the same: eviction stays possible, which the export buttons are there for.
 */
export async function requestPersistentStorage(manager: PersistentStorage | undefined = globalThis.navigator?.storage): Promise<void> {
  if (typeof manager?.persist !== 'function' || asked.has(manager)) return;
  asked.add(manager);
  try {
    await manager.persist();
  } catch {
    // Nothing to tell the investigator: the work is saved, only not protected from eviction.
  }
}

function askBeforeClosing(event: Event) {
  event.preventDefault();
  // Browsers that predate preventDefault here show their prompt only when returnValue is set.
  (event as BeforeUnloadEvent).returnValue = true;
}

/** Who has edits not yet stored (each open work): the tab asks before closing while any has. */
const unsavedOwners = new Set<object>();

/**
 * While `owner` has unsaved edits, closing or reloading the tab asks first; it stops asking once no owner has
 * any. Saying the same twice is harmless.
 */
export function guardUnload(unsaved: boolean, owner: object, target: UnloadTarget | undefined = globalThis.window): void {
  if (unsaved) unsavedOwners.add(owner);
  else unsavedOwners.delete(owner);
  if (unsavedOwners.size > 0) target?.addEventListener('beforeunload', askBeforeClosing);
  else target?.removeEventListener('beforeunload', askBeforeClosing);
}
