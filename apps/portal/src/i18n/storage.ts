/**
 * localStorage that never throws: with storage blocked (a privacy setting)
 * reading and writing fail, and the portal should then simply forget
 * choices between visits rather than break.
 */
export const safeStorage = {
  get(key: string): string | null {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set(key: string, value: string | null): void {
    try {
      if (value === null) window.localStorage.removeItem(key);
      else window.localStorage.setItem(key, value);
    } catch {
      // Blocked storage: the value lasts for this page only.
    }
  },
};
