import type { ReactNode } from 'react';

import type { LocalizedText } from '../api/errors';
import { useMessages } from '../i18n/messages';
import { fieldDescription, fieldId } from './field-id';
import { formMessages } from './messages';

/** What the control inside a FormField must carry to be labelled, described and marked invalid. */
export interface ControlProps {
  id: string;
  name: string;
  required?: boolean;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

interface FormFieldProps {
  /** The field's path as the API names it (`email`, `input.website`): errors from the API find their field by it. */
  name: string;
  label: string;
  hint?: string;
  error?: LocalizedText;
  /** Required fields are the norm; optional ones say so in their label. */
  required?: boolean;
  children: (control: ControlProps) => ReactNode;
}

/**
 * A label, an optional hint, the error and the control, wired together for
 * assistive technology: the label names the control, hint and error describe
 * it (aria-describedby), and aria-invalid marks it while the error stands.
 * The error is written out in words, never shown by colour alone.
 *
 *   <FormField name="email" label={t.email} error={error?.fields.email}>
 *     {(control) => <input {...control} type="email" autoComplete="username" value={email} onChange={…} />}
 *   </FormField>
 */
export function FormField({ name, label, hint, error, required = true, children }: FormFieldProps) {
  const t = useMessages(formMessages);
  const id = fieldId(name);
  const { hintId, errorId, describedBy } = fieldDescription(id, hint, error);
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
        {!required && <span className="field__optional"> ({t.optional})</span>}
      </label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && <FieldError id={errorId} error={error} />}
      {children({ id, name, required: required || undefined, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
    </div>
  );
}

/** A field's error, written out in words after a prefix ("Fel:") that only screen readers read: every field shows its error so. */
export function FieldError({ id, error }: { id?: string; error: LocalizedText }) {
  const t = useMessages(formMessages);
  return (
    <p className="field__error" id={id}>
      <span className="visually-hidden">{t.errorPrefix} </span>
      <span lang={error.lang}>{error.text}</span>
    </p>
  );
}
