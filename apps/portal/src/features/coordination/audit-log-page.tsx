import { useQuery } from '@apollo/client/react';

import { Page } from '../../app/page';
import { LoadError, Loading } from '../../app/status';
import { TableRegion } from '../../app/table-region';
import { useMessages } from '../../i18n/messages';
import { useDateFormat } from '../../i18n/use-date-format';
import { BackLink } from './back-link';
import { coordinationMessages } from './messages';
import { AuditLogQuery } from './operations';
import { Pagination, useCursorPages } from './pagination';

/** /samordning/logg: who changed what and when, newest first, a page at a time. */
export function AuditLogPage() {
  const t = useMessages(coordinationMessages);
  const format = useDateFormat();
  const pages = useCursorPages();
  const { data, loading, error } = useQuery(AuditLogQuery, { variables: pages.variables, fetchPolicy: 'cache-and-network' });
  const log = data?.auditLog;

  return (
    <Page title={t.auditTitle}>
      <BackLink to="/samordning" label={t.backToOverview} />
      <p>{t.auditLead}</p>
      {error ? (
        <LoadError error={error} />
      ) : !log ? (
        loading && <Loading />
      ) : log.nodes.length === 0 ? (
        <p>{t.auditEmpty}</p>
      ) : (
        <>
          <TableRegion caption={t.auditCaption}>
            <thead>
              <tr>
                <th scope="col">{t.columnWhen}</th>
                <th scope="col">{t.columnWho}</th>
                <th scope="col">{t.columnAction}</th>
                <th scope="col">{t.columnObject}</th>
              </tr>
            </thead>
            <tbody>
              {log.nodes.map((event) => (
                <tr key={event.id}>
                  <td>{format.dateTime(event.createdAt)}</td>
                  <td>{event.actor?.name ?? t.systemActor}</td>
                  <td>
                    <code>{event.action}</code>
                  </td>
                  <td>
                    {event.entityType}
                    <span className="meta">{event.entityId}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
          <Pagination pages={pages} shown={log.nodes.length} totalCount={log.totalCount} pageInfo={log.pageInfo} />
        </>
      )}
    </Page>
  );
}
