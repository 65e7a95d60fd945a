import { graphql } from '../../gql';

/** A page of the directory: the work matching the filters, with the agency each belongs to. */
export const DirectoryWorkQuery = graphql(`
  query DirectoryWork($filter: WorkFilter, $first: Int, $after: String) {
    civilSocietyWork(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        title
        titleEn
        kind
        summary
        supportOffered
        targetGroups
        howToApply
        url
        agency {
          id
          slug
          name
          nameEn
          abbreviation
          networks {
            id
            slug
          }
        }
      }
    }
  }
`);

/** What the directory's filters offer: every target group in use and the networks. */
export const DirectoryFilterOptionsQuery = graphql(`
  query DirectoryFilterOptions {
    targetGroups
    networks {
      id
      slug
      name
    }
  }
`);

/** An agency's page: profile, networks, work and contacts (e-mail and phone are null for visitors). */
export const AgencyProfileQuery = graphql(`
  query AgencyProfile($slug: String!) {
    agency(slug: $slug) {
      id
      slug
      name
      nameEn
      abbreviation
      ministry
      website
      description
      descriptionEn
      networks {
        id
        slug
        name
      }
      civilSocietyWork {
        id
        title
        titleEn
        kind
        summary
        description
        descriptionEn
        supportOffered
        targetGroups
        howToApply
        url
      }
      contacts {
        id
        name
        title
        responsibilities
        email
        phone
      }
    }
  }
`);
