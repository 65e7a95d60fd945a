import { useId, useRef, useState } from 'react';

import { describeError } from '../../api/errors';
import { useLanguage } from '../../i18n/language-provider';
import { useMessages } from '../../i18n/messages';
import { agencyEditingMessages } from './messages';

interface ConfirmRemoveProps {
  /** What is removed, for the button's accessible name ("Ta bort Kontaktperson X"). */
  name: string;
  question: string;
  onConfirm(): Promise<void>;
}

/**
 * A remove button that asks first, in a modal <dialog>: the browser keeps
 * focus inside it, closes it on Escape and returns focus to the button.
 */
export function ConfirmRemove({ name, question, onConfirm }: ConfirmRemoveProps) {
  const t = useMessages(agencyEditingMessages);
  const { language } = useLanguage();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const titleId = useId();
  const questionId = useId();

  function open() {
    dialog.current?.showModal();
    // The safe choice takes focus, so that a stray Enter cancels.
    cancel.current?.focus();
  }

  async function confirm() {
    setBusy(true);
    setFailure(null);
    try {
      await onConfirm();
      dialog.current?.close();
    } catch (caught) {
      setFailure(describeError(caught, language).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="button button--secondary" onClick={open}>
        {t.remove}
        <span className="visually-hidden">{t.hiddenName(name)}</span>
      </button>
      <dialog ref={dialog} className="confirm-dialog" aria-labelledby={titleId} aria-describedby={questionId} onClose={() => setFailure(null)}>
        <h2 id={titleId}>{t.confirmTitle}</h2>
        <p id={questionId}>{question}</p>
        {failure && (
          <p className="notice notice--error" role="alert">
            {failure}
          </p>
        )}
        <div className="button-row">
          <button type="button" className="button button--danger" disabled={busy} onClick={() => void confirm()}>
            {busy ? t.saving : t.confirmRemove}
          </button>
          <button type="button" className="button button--secondary" ref={cancel} onClick={() => dialog.current?.close()}>
            {t.cancel}
          </button>
        </div>
      </dialog>
    </>
  );
}
