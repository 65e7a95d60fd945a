import { useQuery } from '@apollo/client/react';

import { Page } from '../../app/page';
import { LoadError, Loading } from '../../app/status';
import { TableRegion } from '../../app/table-region';
import { enumLabels } from '../../i18n/labels';
import { useMessages } from '../../i18n/messages';
import { useDateFormat } from '../../i18n/use-date-format';
import { BackLink } from './back-link';
import { coordinationMessages } from './messages';
import { OutboxQuery } from './operations';
import { Pagination, useCursorPages } from './pagination';

/** /samordning/utskick: the e-mail outbox, newest first, with each message's status in words. */
export function OutboxPage() {
  const t = useMessages(coordinationMessages);
  const labels = useMessages(enumLabels);
  const format = useDateFormat();
  const pages = useCursorPages();
  const { data, loading, error } = useQuery(OutboxQuery, { variables: pages.variables, fetchPolicy: 'cache-and-network' });
  const outbox = data?.outbox;

  return (
    <Page title={t.outboxTitle}>
      <BackLink to="/samordning" label={t.backToOverview} />
      <p>{t.outboxLead}</p>
      {error ? (
        <LoadError error={error} />
      ) : !outbox ? (
        loading && <Loading />
      ) : outbox.nodes.length === 0 ? (
        <p>{t.outboxEmpty}</p>
      ) : (
        <>
          <TableRegion caption={t.outboxCaption}>
            <thead>
              <tr>
                <th scope="col">{t.columnCreated}</th>
                <th scope="col">{t.columnRecipient}</th>
                <th scope="col">{t.columnSubject}</th>
                <th scope="col">{t.columnStatus}</th>
                <th scope="col">{t.columnSent}</th>
              </tr>
            </thead>
            <tbody>
              {outbox.nodes.map((message) => (
                <tr key={message.id}>
                  <td>{format.dateTime(message.createdAt)}</td>
                  <td>{message.recipient}</td>
                  <th scope="row">
                    {message.subject}
                    <span className="meta">
                      <code>{message.kind}</code>
                    </span>
                  </th>
                  <td>
                    {labels.outboxStatus(message.status)}
                    <span className="meta">{t.attempts(message.attempts)}</span>
                    {message.lastError && <span className="meta">{t.lastError(message.lastError)}</span>}
                  </td>
                  <td>{message.sentAt ? format.dateTime(message.sentAt) : t.notSent}</td>
                </tr>
              ))}
            </tbody>
          </TableRegion>
          <Pagination pages={pages} shown={outbox.nodes.length} totalCount={outbox.totalCount} pageInfo={outbox.pageInfo} />
        </>
      )}
    </Page>
  );
}
