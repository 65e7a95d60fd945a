import type { DescribedError } from '../../api/errors';
import { fieldDescription, fieldId } from '../../forms/field-id';
import { FieldError, FormField } from '../../forms/form-field';
import { ConflictChoice } from './conflict';
import { type FormValues, sameValue, type VersionedForm } from './versioned-form';

interface FieldProps<V extends FormValues, K extends keyof V & string> {
  form: VersionedForm<V>;
  /** The API's path for the field (`input.website`): its errors find it by this. */
  name: K;
  label: string;
  hint?: string;
  required?: boolean;
  error: DescribedError | null;
}

/** The contested values of a field, if the last save met someone else's change to it. */
function contestOf<V extends FormValues, K extends keyof V & string>(form: VersionedForm<V>, name: K) {
  const { conflict, values } = form;
  if (!conflict?.contested.includes(name)) return null;
  const mine = conflict.mine[name];
  const theirs = conflict.theirs[name];
  const choice = sameValue(values[name], mine) ? 'mine' : sameValue(values[name], theirs) ? 'theirs' : null;
  return { mine, theirs, choice, choose: (which: 'mine' | 'theirs') => form.setField(name, which === 'mine' ? mine : theirs) } as const;
}

/** A choice of a select or checklist: its API value and its label. */
export interface Option {
  value: string;
  label: string;
}

interface TextFieldProps<V extends FormValues, K extends keyof V & string> extends FieldProps<V, K> {
  multiline?: boolean;
  /** Makes the field a select of these. */
  options?: readonly Option[];
  type?: 'text' | 'url' | 'email' | 'tel';
  autoComplete?: string;
}

/** A text field of a versioned form, with the conflict choice under it when someone else changed it too. */
export function TextField<V extends FormValues, K extends keyof V & string>({
  form,
  name,
  label,
  hint,
  required = false,
  error,
  multiline = false,
  type = 'text',
  autoComplete = 'off',
  options,
}: TextFieldProps<V, K>) {
  const contest = contestOf(form, name);
  const value = form.values[name] as string;
  const update = (text: string) => form.setField(name, text as V[K]);
  // A select's conflict reads as the choices' labels, not their API values.
  const shown = (text: string) => options?.find((option) => option.value === text)?.label ?? text;
  return (
    <FormField name={name} label={label} hint={hint} required={required} error={error?.fields[name]}>
      {(control) => (
        <>
          {options ? (
            <select {...control} value={value} onChange={(event) => update(event.target.value)}>
              {options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          ) : multiline ? (
            <textarea {...control} value={value} onChange={(event) => update(event.target.value)} />
          ) : (
            <input {...control} type={type} autoComplete={autoComplete} value={value} onChange={(event) => update(event.target.value)} />
          )}
          {contest && (
            <ConflictChoice
              name={name}
              label={label}
              mine={shown(contest.mine as string)}
              theirs={shown(contest.theirs as string)}
              choice={contest.choice}
              onChoose={contest.choose}
            />
          )}
        </>
      )}
    </FormField>
  );
}

interface ChecklistFieldProps<V extends FormValues, K extends keyof V & string> extends FieldProps<V, K> {
  /** The choices, in the order shown. */
  options: readonly Option[];
}

/** A set of checkboxes in a fieldset (its legend names the group), with the conflict choice when contested. */
export function ChecklistField<V extends FormValues, K extends keyof V & string>({ form, name, label, hint, error, options }: ChecklistFieldProps<V, K>) {
  const contest = contestOf(form, name);
  const selected = form.values[name] as readonly string[];
  const id = fieldId(name);
  const fieldError = error?.fields[name];
  const description = fieldDescription(id, hint, fieldError);
  const labelOf = (values: readonly string[]) =>
    options
      .filter((option) => values.includes(option.value))
      .map((option) => option.label)
      .join(', ');
  function toggle(value: string, checked: boolean) {
    const next = options.map((option) => option.value).filter((each) => (each === value ? checked : selected.includes(each)));
    form.setField(name, next as unknown as V[K]);
  }
  return (
    <div className={fieldError ? 'field field--error' : 'field'}>
      {/* The fieldset takes focus from the error summary's link, since the group has no one control. */}
      <fieldset id={id} tabIndex={-1} className="choice-group" aria-describedby={description.describedBy}>
        <legend className="field__label">{label}</legend>
        {hint && (
          <p className="field__hint" id={description.hintId}>
            {hint}
          </p>
        )}
        {fieldError && <FieldError id={description.errorId} error={fieldError} />}
        {options.map((option) => (
          <div key={option.value} className="choice">
            <input
              type="checkbox"
              id={`${id}-${option.value}`}
              checked={selected.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </fieldset>
      {contest && (
        <ConflictChoice
          name={name}
          label={label}
          mine={labelOf(contest.mine as readonly string[])}
          theirs={labelOf(contest.theirs as readonly string[])}
          choice={contest.choice}
          onChoose={contest.choose}
        />
      )}
    </div>
  );
}
