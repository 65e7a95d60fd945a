import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';

import { Page } from '../../app/page';
import { LoadError, Loading } from '../../app/status';
import type { DevelopmentAreaBoardQuery, DevelopmentAreaStatus } from '../../gql/graphql';
import { enumLabels } from '../../i18n/labels';
import { useMessages } from '../../i18n/messages';
import { useDateFormat } from '../../i18n/use-date-format';
import { developmentAreaMessages } from './messages';
import { DevelopmentAreasQuery } from './operations';
import { STATUSES } from './status';

type AreaSummary = DevelopmentAreaBoardQuery['developmentAreas'][number];

/** A column shows this many areas until asked for all: closed areas pile up over the years. */
const COLUMN_LIMIT = 10;

function AreaCard({ area }: { area: AreaSummary }) {
  const t = useMessages(developmentAreaMessages);
  const labels = useMessages(enumLabels);
  const format = useDateFormat();
  return (
    <li className="card area-card">
      <h3 className="card__title">
        <Link to={`/utvecklingsomraden/${area.id}`}>{area.title}</Link>
      </h3>
      {/* The status is written out on the card too, not left to the column it stands in. */}
      <p className="card__meta">
        {t.statusLabel} {labels.developmentAreaStatus(area.status)}
      </p>
      <p className="card__meta">{area.ownerAgencies.length > 0 ? t.owners(area.ownerAgencies.map((agency) => agency.name).join(', ')) : t.noOwners}</p>
      <p className="card__meta">{t.updated(format.date(area.updatedAt))}</p>
      {area.carriedForward && <p className="area-flag">{t.carriedForward}</p>}
    </li>
  );
}

function Column({ status, areas }: { status: DevelopmentAreaStatus; areas: AreaSummary[] }) {
  const t = useMessages(developmentAreaMessages);
  const labels = useMessages(enumLabels);
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? areas : areas.slice(0, COLUMN_LIMIT);
  const headingId = `column-${status}`;
  return (
    <section className="board__column" aria-labelledby={headingId}>
      <h2 id={headingId} className="board__title">
        {t.columnTitle(labels.developmentAreaStatus(status), areas.length)}
      </h2>
      {areas.length === 0 ? (
        <p>{t.emptyColumn}</p>
      ) : (
        <ul className="card-list card-list--single">
          {shown.map((area) => (
            <AreaCard key={area.id} area={area} />
          ))}
        </ul>
      )}
      {shown.length < areas.length && (
        <button type="button" className="button button--secondary" onClick={() => setShowAll(true)}>
          {t.showAll(areas.length)}
        </button>
      )}
    </section>
  );
}

/** /utvecklingsomraden: every area the member may see, in a column per status (stacked on a phone). */
export function BoardPage() {
  const t = useMessages(developmentAreaMessages);
  const { data, error } = useQuery(DevelopmentAreasQuery, {
    // Areas are logged and updated by many: coming back shows the cached board at once, then the latest.
    fetchPolicy: 'cache-and-network',
  });
  return (
    <Page title={t.title}>
      <p className="lead">{t.lead}</p>
      <p>
        <Link to="/utvecklingsomraden/ny" className="button">
          {t.logArea}
        </Link>
      </p>
      {error && !data && <LoadError error={error} />}
      {!data && !error && <Loading />}
      {data && (
        <div className="board">
          {STATUSES.map((status) => (
            <Column key={status} status={status} areas={data.developmentAreas.filter((area) => area.status === status)} />
          ))}
        </div>
      )}
    </Page>
  );
}
