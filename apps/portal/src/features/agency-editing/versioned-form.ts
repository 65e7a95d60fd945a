import { useState } from 'react';

/** A form value: text, or a set of choices (kept sorted so that order never counts as a change). */
export type FormValue = string | readonly string[];
export type FormValues = Record<string, FormValue>;

export function sameValue(a: FormValue | undefined, b: FormValue | undefined): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** What a stale save found: the record as someone else saved it, and how it meets the viewer's edits. */
export interface Conflict<V extends FormValues> {
  mine: V;
  theirs: V;
  /** Fields both changed, differently: the viewer chooses. */
  contested: (keyof V & string)[];
  /** Fields only they changed: taken over, since keeping the old value would undo their work unasked. */
  takenOver: (keyof V & string)[];
}

/**
 * A form over a versioned record (optimistic locking). It remembers the
 * version and values the viewer started from, so that on a CONFLICT it can
 * merge three ways: the viewer's own edits stay (for them to confirm or
 * change), the other editor's changes to untouched fields come in, and the
 * next save names the version now stored. Nothing is overwritten unseen.
 */
export function useVersionedForm<V extends FormValues>(loaded: V, loadedVersion: number | null) {
  const [base, setBase] = useState<V>(loaded);
  const [values, setValues] = useState<V>(loaded);
  const [version, setVersion] = useState(loadedVersion);
  const [conflict, setConflict] = useState<Conflict<V> | null>(null);

  function setField<K extends keyof V & string>(name: K, value: V[K]) {
    setValues((current) => ({ ...current, [name]: value }));
  }

  function receiveConflict(theirs: V, currentVersion: number) {
    const contested: (keyof V & string)[] = [];
    const takenOver: (keyof V & string)[] = [];
    const merged: V = { ...values };
    for (const name of Object.keys(theirs) as (keyof V & string)[]) {
      if (sameValue(values[name], theirs[name])) continue;
      if (sameValue(values[name], base[name])) {
        merged[name] = theirs[name];
        takenOver.push(name);
      } else {
        contested.push(name);
      }
    }
    setConflict({ mine: values, theirs, contested, takenOver });
    setValues(merged);
    setBase(theirs);
    setVersion(currentVersion);
  }

  function saved(next: V, nextVersion: number) {
    setBase(next);
    setValues(next);
    setVersion(nextVersion);
    setConflict(null);
  }

  return { values, setField, version, conflict, receiveConflict, saved };
}

/** Lines of a textarea as a list (one target group or responsibility a line), blank lines left out. */
export function linesToList(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Optional text for the API: blank is "no value". */
export function optional(text: string): string | null {
  return text.trim() || null;
}

export type VersionedForm<V extends FormValues> = ReturnType<typeof useVersionedForm<V>>;
