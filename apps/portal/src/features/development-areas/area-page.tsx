import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';

import { LoadedPage } from '../../app/loaded-page';
import { Page } from '../../app/page';
import { TableRegion } from '../../app/table-region';
import type { DevelopmentAreaQuery as AreaResult } from '../../gql/graphql';
import { enumLabels } from '../../i18n/labels';
import { useMessages } from '../../i18n/messages';
import { useDateFormat } from '../../i18n/use-date-format';
import { developmentAreaMessages } from './messages';
import { DevelopmentAreaQuery } from './operations';
import { UpdateForm } from './update-form';

type Area = NonNullable<AreaResult['developmentArea']>;

function History({ area }: { area: Area }) {
  const t = useMessages(developmentAreaMessages);
  const labels = useMessages(enumLabels);
  const format = useDateFormat();
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">{t.historyTitle}</h2>
      <TableRegion caption={t.historyCaption}>
        <thead>
          <tr>
            <th scope="col">{t.date}</th>
            <th scope="col">{t.status}</th>
            <th scope="col">{t.note}</th>
            <th scope="col">{t.author}</th>
          </tr>
        </thead>
        <tbody>
          {area.updates.map((update) => (
            <tr key={update.id}>
              <td>
                <time dateTime={update.createdAt}>{format.dateTime(update.createdAt)}</time>
              </td>
              <td>{labels.developmentAreaStatus(update.status)}</td>
              <td className="history__note">{update.note}</td>
              <td>{update.author.agency ? t.authorWithAgency(update.author.name, update.author.agency.name) : update.author.name}</td>
            </tr>
          ))}
        </tbody>
      </TableRegion>
    </section>
  );
}

function Facts({ area }: { area: Area }) {
  const t = useMessages(developmentAreaMessages);
  const labels = useMessages(enumLabels);
  const format = useDateFormat();
  const meeting = (value: NonNullable<Area['identifiedAt']>) => (
    <Link to={`/moten/${value.id}`}>{t.meetingOption(value.title, format.date(value.startsAt))}</Link>
  );
  return (
    <dl className="facts">
      <dt>{t.status}</dt>
      <dd>{labels.developmentAreaStatus(area.status)}</dd>
      <dt>{t.ownersTitle}</dt>
      <dd>
        {area.ownerAgencies.length === 0 ? (
          t.noOwners
        ) : (
          <ul>
            {area.ownerAgencies.map((agency) => (
              <li key={agency.id}>
                <Link to={`/aktorer/${agency.slug}`}>{agency.name}</Link>
              </li>
            ))}
          </ul>
        )}
      </dd>
      {area.identifiedAt && (
        <>
          <dt>{t.identifiedAt}</dt>
          <dd>{meeting(area.identifiedAt)}</dd>
        </>
      )}
      {area.nextReviewAt && (
        <>
          <dt>{t.nextReviewAt}</dt>
          <dd>{meeting(area.nextReviewAt)}</dd>
        </>
      )}
      {area.linkedThreads.length > 0 && (
        <>
          <dt>{t.linkedThreads}</dt>
          <dd>
            <ul>
              {area.linkedThreads.map((thread) => (
                <li key={thread.id}>
                  <Link to={`/utbyte/tradar/${thread.id}`}>{thread.title}</Link>
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
    </dl>
  );
}

function AreaView({ area }: { area: Area }) {
  const t = useMessages(developmentAreaMessages);
  const format = useDateFormat();
  return (
    <Page title={area.title}>
      <p>
        <Link to="/utvecklingsomraden">{t.backToBoard}</Link>
      </p>
      <p className="card__meta">{t.loggedBy(area.createdBy.name, format.date(area.createdAt))}</p>
      {area.carriedForward && <p className="notice">{t.carriedForward}</p>}
      <Facts area={area} />
      <h2>{t.descriptionTitle}</h2>
      <p className="area-description">{area.description}</p>
      <History area={area} />
      <UpdateForm areaId={area.id} status={area.status} viewerCanUpdate={area.viewerCanUpdate} />
    </Page>
  );
}

/** /utvecklingsomraden/:id: an area, its owners, its log, and (for those allowed) a form to add to the log. */
export function AreaPage() {
  const t = useMessages(developmentAreaMessages);
  const { id = '' } = useParams();
  const { data, error } = useQuery(DevelopmentAreaQuery, { variables: { id } });
  return (
    <LoadedPage
      data={data}
      item={data?.developmentArea}
      error={error}
      title={t.title}
      notFound={{ title: t.notFoundTitle, text: t.notFoundText, back: { to: '/utvecklingsomraden', label: t.backToBoard } }}
    >
      {(area) => <AreaView area={area} />}
    </LoadedPage>
  );
}
