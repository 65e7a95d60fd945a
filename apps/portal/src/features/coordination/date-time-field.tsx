import type { LocalizedText } from '../../api/errors';
import { fieldDescription, fieldId } from '../../forms/field-id';
import { FieldError } from '../../forms/form-field';
import { formMessages } from '../../forms/messages';
import { useMessages } from '../../i18n/messages';
import { coordinationMessages } from './messages';
import type { LocalDateTime } from './stockholm-time';

interface DateTimeFieldProps {
  /** The API's field path (`input.startsAt`): the date input takes its id, so the error summary's link lands there. */
  name: string;
  legend: string;
  hint?: string;
  error?: LocalizedText;
  required?: boolean;
  value: LocalDateTime;
  onChange(value: LocalDateTime): void;
}

/**
 * A date and a time on Swedish time, grouped under one legend like FormField
 * does for one control: the hint and the error describe both inputs.
 */
export function DateTimeField({ name, legend, hint, error, required = true, value, onChange }: DateTimeFieldProps) {
  const t = useMessages(coordinationMessages);
  const forms = useMessages(formMessages);
  const id = fieldId(name);
  const { hintId, errorId, describedBy } = fieldDescription(id, hint, error);
  const control = { required: required || undefined, 'aria-describedby': describedBy, 'aria-invalid': error ? (true as const) : undefined };
  return (
    <fieldset className={error ? 'field field--error fieldset' : 'field fieldset'}>
      <legend>
        {legend}
        {!required && <span className="field__optional"> ({forms.optional})</span>}
      </legend>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && <FieldError id={errorId} error={error} />}
      <div className="date-time">
        <div>
          <label htmlFor={id}>{t.date}</label>
          <input {...control} id={id} name={`${name}.date`} type="date" value={value.date} onChange={(e) => onChange({ ...value, date: e.target.value })} />
        </div>
        <div>
          <label htmlFor={`${id}-time`}>{t.time}</label>
          <input
            {...control}
            id={`${id}-time`}
            name={`${name}.time`}
            type="time"
            value={value.time}
            onChange={(e) => onChange({ ...value, time: e.target.value })}
          />
        </div>
      </div>
    </fieldset>
  );
}
