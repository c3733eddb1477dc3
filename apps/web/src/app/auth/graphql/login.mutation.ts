import { graphql } from '../../../generated';

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) { token expiresAt user { id email role regionCodes } }
  }
`);
