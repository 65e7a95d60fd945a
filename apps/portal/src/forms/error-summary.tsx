import { type MouseEvent, useEffect, useRef } from 'react';

import type { DescribedError } from '../api/errors';
import { useMessages } from '../i18n/messages';
import { fieldId } from './field-id';
import { formMessages } from './messages';

interface ErrorSummaryProps {
  error: DescribedError | null | undefined;
  /** The label of each field path the form has, to name it in the list. */
  labels?: Record<string, string>;
}

function focusField(event: MouseEvent<HTMLAnchorElement>, path: string) {
  const control = document.getElementById(fieldId(path));
  if (!control) return;
  event.preventDefault();
  control.focus();
  control.scrollIntoView({ block: 'center' });
}

/**
 * The problems with a form, above it: announced when it appears (role
 * "alert") and focused, with a link to each field in error. Fields the form
 * has no label for are listed by their message alone.
 */
export function ErrorSummary({ error, labels = {} }: ErrorSummaryProps) {
  const t = useMessages(formMessages);
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (error) summary.current?.focus();
  }, [error]);

  if (!error) return null;
  const fields = Object.entries(error.fields);
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary__title">
        {t.errorSummaryTitle}
      </h2>
      <p>{error.message}</p>
      {fields.length > 0 && (
        <ul>
          {fields.map(([path, message]) => (
            <li key={path}>
              {labels[path] ? (
                <a href={`#${fieldId(path)}`} onClick={(event) => focusField(event, path)}>
                  {labels[path]}: <span lang={message.lang}>{message.text}</span>
                </a>
              ) : (
                <span lang={message.lang}>{message.text}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
