import { type MouseEvent, useEffect, useRef } from 'react';

import { fieldId } from '../../forms/field-id';
import { useMessages } from '../../i18n/messages';
import { agencyEditingMessages } from './messages';
import type { Conflict, FormValues } from './versioned-form';

/** The element id of a field's "keep mine / take theirs" choice: the conflict summary links to it. */
export function conflictId(name: string): string {
  return `${fieldId(name)}-conflict`;
}

function focusChoice(event: MouseEvent<HTMLAnchorElement>, name: string) {
  const choice = document.querySelector<HTMLInputElement>(`#${conflictId(name)} input`);
  if (!choice) return;
  event.preventDefault();
  choice.focus();
  choice.scrollIntoView({ block: 'center' });
}

interface ConflictSummaryProps<V extends FormValues> {
  conflict: Conflict<V> | null;
  /** The label of each field, by its API path. */
  labels: Record<keyof V & string, string>;
}

/**
 * Someone else saved the record first: said at once (role "alert") and
 * focused, with a link to each field that needs the viewer's choice and the
 * fields taken over from the other editor.
 */
export function ConflictSummary<V extends FormValues>({ conflict, labels }: ConflictSummaryProps<V>) {
  const t = useMessages(agencyEditingMessages);
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (conflict) summary.current?.focus();
  }, [conflict]);

  if (!conflict) return null;
  return (
    <div className="error-summary conflict-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby="conflict-summary-title">
      <h2 id="conflict-summary-title" className="error-summary__title">
        {t.conflictTitle}
      </h2>
      <p>{conflict.contested.length > 0 ? t.conflictChoose : t.conflictNothingToChoose}</p>
      {conflict.contested.length > 0 && (
        <ul>
          {conflict.contested.map((name) => (
            <li key={name}>
              <a href={`#${conflictId(name)}`} onClick={(event) => focusChoice(event, name)}>
                {t.conflictChooseField(labels[name])}
              </a>
            </li>
          ))}
        </ul>
      )}
      {conflict.takenOver.length > 0 && <p>{t.conflictTakenOver(conflict.takenOver.map((name) => labels[name]).join(', '))}</p>}
    </div>
  );
}

interface ConflictChoiceProps {
  name: string;
  label: string;
  /** Both values as text to read. */
  mine: string;
  theirs: string;
  /** Which of the two the field holds now; null once the viewer has written a third. */
  choice: 'mine' | 'theirs' | null;
  onChoose(which: 'mine' | 'theirs'): void;
}

/** Under a contested field: the viewer's value and the other editor's, side by side, and the choice between them. */
export function ConflictChoice({ name, label, mine, theirs, choice, onChoose }: ConflictChoiceProps) {
  const t = useMessages(agencyEditingMessages);
  const id = conflictId(name);
  return (
    <fieldset className="fieldset conflict-choice" id={id}>
      <legend>{t.conflictLegend(label)}</legend>
      <div className="choice">
        <input type="radio" id={`${id}-mine`} name={id} checked={choice === 'mine'} onChange={() => onChoose('mine')} />
        <label htmlFor={`${id}-mine`}>
          <strong>{t.keepMine}</strong>
          <span className="conflict-choice__value">
            {t.yourValue}: {mine || t.emptyValue}
          </span>
        </label>
      </div>
      <div className="choice">
        <input type="radio" id={`${id}-theirs`} name={id} checked={choice === 'theirs'} onChange={() => onChoose('theirs')} />
        <label htmlFor={`${id}-theirs`}>
          <strong>{t.takeTheirs}</strong>
          <span className="conflict-choice__value">
            {t.theirValue}: {theirs || t.emptyValue}
          </span>
        </label>
      </div>
      {choice === null && <p className="field__hint">{t.conflictOwnValue}</p>}
    </fieldset>
  );
}
