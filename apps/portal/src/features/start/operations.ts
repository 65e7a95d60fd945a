import { graphql } from '../../gql';

export const NetworksQuery = graphql(`
  query Networks {
    networks {
      id
      slug
      name
      description
      descriptionEn
      agencies {
        id
      }
    }
  }
`);
