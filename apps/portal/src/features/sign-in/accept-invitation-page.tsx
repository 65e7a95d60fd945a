import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';

import type { AuthContext } from '../../api/apollo';
import { type DescribedError, describeError, type FieldErrors, inputError } from '../../api/errors';
import { Page } from '../../app/page';
import { AcceptInvitationMutation } from '../../auth/operations';
import { useViewer } from '../../auth/viewer';
import { ErrorSummary } from '../../forms/error-summary';
import { FormField } from '../../forms/form-field';
import { useLanguage } from '../../i18n/language-provider';
import { useMessages } from '../../i18n/messages';
import { signInMessages } from './messages';

/** The API's rule for passwords, checked here first so that the visitor hears of it before sending. */
const PASSWORD_MIN_LENGTH = 12;

const ANONYMOUS: AuthContext = { anonymous: true };

/** /inbjudan?token=… (or /inbjudan/:token): the link in an invitation e-mail; choosing a password creates the account and signs in. */
export function AcceptInvitationPage() {
  const t = useMessages(signInMessages);
  const { language } = useLanguage();
  const { signIn } = useViewer();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const token = useParams().token ?? params.get('token') ?? '';
  const [password, setPassword] = useState('');
  const [repeated, setRepeated] = useState('');
  const [error, setError] = useState<DescribedError | null>(null);
  const [accept, { loading }] = useMutation(AcceptInvitationMutation, { context: ANONYMOUS });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: FieldErrors = {};
    if (password.length < PASSWORD_MIN_LENGTH) problems.password = { text: t.passwordTooShort, lang: language };
    else if (password !== repeated) problems.repeated = { text: t.passwordsDiffer, lang: language };
    if (Object.keys(problems).length > 0) {
      setError(inputError(problems, language));
      return;
    }
    try {
      const { data } = await accept({ variables: { token, password } });
      if (!data) return;
      await signIn(data.acceptInvitation);
      navigate('/', { replace: true });
    } catch (caught) {
      setError(describeError(caught, language));
    }
  }

  return (
    <Page title={t.invitationTitle}>
      <p>{t.invitationLead}</p>
      <ErrorSummary error={error} labels={{ password: t.newPassword, repeated: t.repeatPassword }} />
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <FormField name="password" label={t.newPassword} hint={t.newPasswordHint} error={error?.fields.password}>
          {(control) => <input {...control} type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
        </FormField>
        <FormField name="repeated" label={t.repeatPassword} error={error?.fields.repeated}>
          {(control) => <input {...control} type="password" autoComplete="new-password" value={repeated} onChange={(e) => setRepeated(e.target.value)} />}
        </FormField>
        <button type="submit" className="button" disabled={loading}>
          {t.createAccount}
        </button>
      </form>
    </Page>
  );
}
