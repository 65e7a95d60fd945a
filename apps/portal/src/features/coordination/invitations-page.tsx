import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';

import { type DescribedError, describeError, type FieldErrors, inputError } from '../../api/errors';
import { Page } from '../../app/page';
import { useViewer } from '../../auth/viewer';
import { ErrorSummary } from '../../forms/error-summary';
import { FormField } from '../../forms/form-field';
import type { InviteUserMutation, Role } from '../../gql/graphql';
import { enumLabels } from '../../i18n/labels';
import { useLanguage } from '../../i18n/language-provider';
import { useMessages } from '../../i18n/messages';
import { useDateFormat } from '../../i18n/use-date-format';
import { BackLink } from './back-link';
import { coordinationMessages } from './messages';
import { AgencyOptionsQuery, InviteUserMutation as InviteMutation } from './operations';

/** Coordinators invite liaisons and members; only admins may invite coordinators and admins (DESIGN.md). */
function invitableRoles(viewerRole: Role | undefined): Role[] {
  return viewerRole === 'ADMIN' ? ['MEMBER', 'LIAISON', 'COORDINATOR', 'ADMIN'] : ['MEMBER', 'LIAISON'];
}

const NEEDS_AGENCY: Role[] = ['MEMBER', 'LIAISON'];

type Invitation = InviteUserMutation['inviteUser'];

/** The invitation just sent, with its link: the API shows it this once. */
function Sent({ invitation }: { invitation: Invitation }) {
  const t = useMessages(coordinationMessages);
  const format = useDateFormat();
  return (
    <div className="notice">
      <p>{t.invited(invitation.name, invitation.email)}</p>
      <p>
        {t.acceptUrl}: <span className="copy-url">{invitation.acceptUrl}</span>
      </p>
      <p>{t.expiresAt(format.dateTime(invitation.expiresAt))}</p>
    </div>
  );
}

/** /samordning/inbjudningar: invites a person to an account with a role (and agency). */
export function InvitationsPage() {
  const t = useMessages(coordinationMessages);
  const labels = useMessages(enumLabels);
  const { language } = useLanguage();
  const { viewer } = useViewer();
  const agencies = useQuery(AgencyOptionsQuery);
  const roles = invitableRoles(viewer?.role);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('MEMBER');
  const [agencySlug, setAgencySlug] = useState('');
  const [error, setError] = useState<DescribedError | null>(null);
  const [sent, setSent] = useState<Invitation | null>(null);
  const [invite, { loading }] = useMutation(InviteMutation);
  const fieldLabels = { name: t.name, email: t.email, role: t.role, agencySlug: t.agency };

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: FieldErrors = {};
    if (!name.trim()) problems.name = { text: t.required(t.name), lang: language };
    if (!email.trim()) problems.email = { text: t.required(t.email), lang: language };
    if (NEEDS_AGENCY.includes(role) && !agencySlug) problems.agencySlug = { text: t.required(t.agency), lang: language };
    if (Object.keys(problems).length > 0) {
      setError(inputError(problems, language));
      return;
    }
    try {
      const { data } = await invite({ variables: { name: name.trim(), email: email.trim(), role, agencySlug: agencySlug || null } });
      setError(null);
      if (!data) return;
      setSent(data.inviteUser);
      setName('');
      setEmail('');
    } catch (caught) {
      setSent(null);
      setError(describeError(caught, language));
    }
  }

  return (
    <Page title={t.invitationsTitle}>
      <BackLink to="/samordning" label={t.backToOverview} />
      <p>{t.invitationsLead}</p>
      <div role="status">{sent && <Sent invitation={sent} />}</div>
      <ErrorSummary error={error} labels={fieldLabels} />
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <FormField name="name" label={t.name} error={error?.fields.name}>
          {(control) => <input {...control} type="text" autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />}
        </FormField>
        <FormField name="email" label={t.email} error={error?.fields.email}>
          {(control) => <input {...control} type="email" autoComplete="off" spellCheck={false} value={email} onChange={(e) => setEmail(e.target.value)} />}
        </FormField>
        <FormField name="role" label={t.role} error={error?.fields.role}>
          {(control) => (
            <select {...control} value={role} onChange={(e) => setRole(e.target.value as Role)}>
              {roles.map((option) => (
                <option key={option} value={option}>
                  {labels.role(option)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField name="agencySlug" label={t.agency} hint={t.agencyHint} required={NEEDS_AGENCY.includes(role)} error={error?.fields.agencySlug}>
          {(control) => (
            <select {...control} value={agencySlug} onChange={(e) => setAgencySlug(e.target.value)}>
              <option value="">{t.chooseOption}</option>
              {agencies.data?.agencies.nodes.map((agency) => (
                <option key={agency.slug} value={agency.slug}>
                  {agency.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <button type="submit" className="button" disabled={loading}>
          {loading ? t.inviting : t.invite}
        </button>
      </form>
    </Page>
  );
}
