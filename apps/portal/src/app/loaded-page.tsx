import type { ReactNode } from 'react';

import { NotFoundPage, type NotFoundPageProps } from './not-found-page';
import { Page } from './page';
import { LoadError, Loading } from './status';

interface LoadedPageProps<T> {
  /** The query's data: undefined until it has come. */
  data: object | undefined;
  /** The one thing the page is about: null when its id names nothing. */
  item: T | null | undefined;
  error?: unknown;
  /** The page's title over an error that kept it from loading. */
  title: string;
  notFound: NotFoundPageProps;
  children(item: T): ReactNode;
}

/** A page about one thing named by the address: why it could not be loaded, "Loading…", the not-found page, or the thing. */
export function LoadedPage<T>({ data, item, error, title, notFound, children }: LoadedPageProps<T>) {
  if (error && !data) {
    return (
      <Page title={title}>
        <LoadError error={error} />
      </Page>
    );
  }
  if (!data) return <Loading />;
  if (!item) return <NotFoundPage {...notFound} />;
  return <>{children(item)}</>;
}
