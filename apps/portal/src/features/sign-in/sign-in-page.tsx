import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';

import type { AuthContext } from '../../api/apollo';
import { type DescribedError, describeError, type FieldErrors, inputError } from '../../api/errors';
import { Page } from '../../app/page';
import { SignInMutation } from '../../auth/operations';
import { useViewer } from '../../auth/viewer';
import { ErrorSummary } from '../../forms/error-summary';
import { FormField } from '../../forms/form-field';
import { useLanguage } from '../../i18n/language-provider';
import { useMessages } from '../../i18n/messages';
import { signInMessages } from './messages';
import { RETURN_PARAMETER, safeReturnPath } from './return-path';

/** Signing in is never sent with an old session's token: a refused one would be renewed and the password tried twice. */
const ANONYMOUS: AuthContext = { anonymous: true };

export function SignInPage() {
  const t = useMessages(signInMessages);
  const { language } = useLanguage();
  const { viewer, signIn } = useViewer();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<DescribedError | null>(null);
  const [signInMutation, { loading }] = useMutation(SignInMutation, { context: ANONYMOUS });

  if (viewer) {
    return (
      <Page title={t.title}>
        <p>{t.alreadySignedIn(viewer.name)}</p>
        <p>
          <Link to="/">{t.continue}</Link>
        </p>
      </Page>
    );
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing: FieldErrors = {};
    if (!email.trim()) missing.email = { text: t.emailMissing, lang: language };
    if (!password) missing.password = { text: t.passwordMissing, lang: language };
    if (Object.keys(missing).length > 0) {
      setError(inputError(missing, language));
      return;
    }
    try {
      const { data } = await signInMutation({ variables: { email: email.trim(), password } });
      if (!data) return;
      setError(null);
      await signIn(data.login);
      navigate(safeReturnPath(params.get(RETURN_PARAMETER)), { replace: true });
    } catch (caught) {
      setError(describeError(caught, language));
      setPassword('');
    }
  }

  return (
    <Page title={t.title}>
      <p>{t.lead}</p>
      <ErrorSummary error={error} labels={{ email: t.email, password: t.password }} />
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <FormField name="email" label={t.email} error={error?.fields.email}>
          {(control) => <input {...control} type="email" autoComplete="username" spellCheck={false} value={email} onChange={(e) => setEmail(e.target.value)} />}
        </FormField>
        <FormField name="password" label={t.password} error={error?.fields.password}>
          {(control) => <input {...control} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
        </FormField>
        <button type="submit" className="button" disabled={loading}>
          {loading ? t.submitting : t.submit}
        </button>
      </form>
      <p>{t.noAccount}</p>
    </Page>
  );
}
