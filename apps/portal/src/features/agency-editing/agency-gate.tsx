import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

import { Page } from '../../app/page';
import { LoadError, Loading } from '../../app/status';
import { useViewer } from '../../auth/viewer';
import type { EditableAgencyQuery as EditableAgencyResult } from '../../gql/graphql';
import { useMessages } from '../../i18n/messages';
import { agencyEditingMessages } from './messages';
import { EditableAgencyQuery } from './operations';

export type EditableAgency = NonNullable<EditableAgencyResult['agency']>;

interface AgencyGateProps {
  slug: string;
  children: (agency: EditableAgency) => ReactNode;
}

/**
 * Loads the agency an editing page works on and shows its pages only to
 * those who may edit it: a liaison sees their own agency, coordinators and
 * admins any. The API checks each save itself; this spares a liaison a form
 * they could not save.
 */
export function AgencyGate({ slug, children }: AgencyGateProps) {
  const t = useMessages(agencyEditingMessages);
  const { viewer } = useViewer();
  const { data, loading, error } = useQuery(EditableAgencyQuery, { variables: { slug } });
  if (loading && !data) return <Loading />;
  if (error) return <LoadError error={error} />;
  const agency = data?.agency;
  if (!agency) {
    return (
      <Page title={t.agencyNotFoundTitle}>
        <p>{t.agencyNotFoundText}</p>
      </Page>
    );
  }
  if (viewer?.role === 'LIAISON' && viewer.agency?.slug !== agency.slug) {
    return (
      <Page title={t.notYourAgencyTitle}>
        <p>{t.notYourAgencyText}</p>
        {viewer.agency && (
          <p>
            <Link to={`/redigera/${viewer.agency.slug}`}>{t.toOwnAgency(viewer.agency.name)}</Link>
          </p>
        )}
      </Page>
    );
  }
  return <>{children(agency)}</>;
}
