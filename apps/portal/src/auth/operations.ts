import { graphql } from '../gql';

/** The signed-in user, or null: who the portal is showing itself to. */
export const ViewerQuery = graphql(`
  query Viewer {
    me {
      id
      name
      email
      role
      agency {
        slug
        name
      }
    }
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      accessToken
      accessTokenExpiresAt
      refreshToken
    }
  }
`);

export const AcceptInvitationMutation = graphql(`
  mutation AcceptInvitation($token: String!, $password: String!) {
    acceptInvitation(token: $token, password: $password) {
      accessToken
      accessTokenExpiresAt
      refreshToken
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`);
