import { useEffect, useRef, useState } from 'react';

import type { FieldErrors } from '../../api/errors';
import { FormField } from '../../forms/form-field';
import { useMessages } from '../../i18n/messages';
import { moveItem, newKey } from './list-editing';
import { coordinationMessages } from './messages';

/** One agenda item as the form holds it; `key` keeps React's rows (and focus) with the item when it moves. */
export interface AgendaDraft {
  key: string;
  title: string;
  presenter: string;
  durationMinutes: string;
}

export function newAgendaDraft(): AgendaDraft {
  return { key: newKey(), title: '', presenter: '', durationMinutes: '' };
}

interface AgendaEditorProps {
  items: AgendaDraft[];
  onChange(items: AgendaDraft[]): void;
  errors: FieldErrors;
}

/**
 * The agenda: items added, removed and moved with buttons (no dragging, so
 * the keyboard does it all). Each change is announced, and focus stays on
 * the button that moved the item, now at its new place.
 */
export function AgendaEditor({ items, onChange, errors }: AgendaEditorProps) {
  const t = useMessages(coordinationMessages);
  const [announcement, setAnnouncement] = useState('');
  /** The control to focus once the items have changed and their controls are in place. */
  const focusTarget = useRef<string | null>(null);

  useEffect(() => {
    if (!focusTarget.current) return;
    document.getElementById(focusTarget.current)?.focus();
    focusTarget.current = null;
  }, [items]);

  function update(index: number, change: Partial<AgendaDraft>) {
    onChange(items.map((item, position) => (position === index ? { ...item, ...change } : item)));
  }

  function move(index: number, by: -1 | 1) {
    const target = index + by;
    const moved = items[index]!;
    onChange(moveItem(items, index, target));
    setAnnouncement(t.agendaMoved(index + 1, target + 1));
    // At the top or bottom the button pressed is gone; the other one takes focus.
    const atEdge = target === 0 || target === items.length - 1;
    focusTarget.current = `agenda-${moved.key}-${atEdge ? (by < 0 ? 'down' : 'up') : by < 0 ? 'up' : 'down'}`;
  }

  function remove(index: number) {
    onChange(items.filter((_, position) => position !== index));
    setAnnouncement(t.agendaRemoved(index + 1));
    focusTarget.current = 'agenda-add';
  }

  function add() {
    const item = newAgendaDraft();
    onChange([...items, item]);
    setAnnouncement(t.agendaAdded(items.length + 1));
    focusTarget.current = `field-input-agenda-${items.length}-title`;
  }

  return (
    <fieldset className="fieldset">
      <legend>{t.agenda}</legend>
      <p className="field__hint">{items.length > 0 ? t.agendaHint : t.agendaEmpty}</p>
      <ol className="repeat-list">
        {items.map((item, index) => {
          const position = index + 1;
          const path = `input.agenda.${index}`;
          return (
            <li key={item.key}>
              <fieldset className="fieldset">
                <legend>{t.agendaItem(position)}</legend>
                <FormField name={`${path}.title`} label={t.agendaItemTitle} error={errors[`${path}.title`]}>
                  {(control) => <input {...control} type="text" value={item.title} onChange={(e) => update(index, { title: e.target.value })} />}
                </FormField>
                <FormField name={`${path}.presenter`} label={t.presenter} required={false} error={errors[`${path}.presenter`]}>
                  {(control) => <input {...control} type="text" value={item.presenter} onChange={(e) => update(index, { presenter: e.target.value })} />}
                </FormField>
                <FormField name={`${path}.durationMinutes`} label={t.durationMinutes} required={false} error={errors[`${path}.durationMinutes`]}>
                  {(control) => (
                    <input
                      {...control}
                      type="text"
                      inputMode="numeric"
                      value={item.durationMinutes}
                      onChange={(e) => update(index, { durationMinutes: e.target.value })}
                    />
                  )}
                </FormField>
                <div className="button-row">
                  {index > 0 && (
                    <button type="button" id={`agenda-${item.key}-up`} className="button button--secondary button--small" onClick={() => move(index, -1)}>
                      {t.moveUp(position)}
                    </button>
                  )}
                  {index < items.length - 1 && (
                    <button type="button" id={`agenda-${item.key}-down`} className="button button--secondary button--small" onClick={() => move(index, 1)}>
                      {t.moveDown(position)}
                    </button>
                  )}
                  <button type="button" className="button button--secondary button--small" onClick={() => remove(index)}>
                    {t.removeItem(position)}
                  </button>
                </div>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <button type="button" id="agenda-add" className="button button--secondary" onClick={add}>
        {t.addAgendaItem}
      </button>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </fieldset>
  );
}
