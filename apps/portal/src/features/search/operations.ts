import { graphql } from '../../gql';

export const SearchQuery = graphql(`
  query Search($query: String!, $kinds: [SearchKind!], $filter: SearchFilter, $first: Int!, $offset: Int!) {
    search(query: $query, kinds: $kinds, filter: $filter, first: $first, offset: $offset) {
      totalCount
      didYouMean
      hits {
        kind
        id
        title
        snippet
        agency {
          id
          slug
          name
        }
      }
      facets {
        kinds {
          kind
          count
        }
        agencies {
          agency {
            id
            slug
            name
          }
          count
        }
        workKinds {
          workKind
          count
        }
        supportTypes {
          supportType
          count
        }
      }
    }
  }
`);
