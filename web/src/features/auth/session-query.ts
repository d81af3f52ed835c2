import { graphql } from '../../graphql';

// The signed-in user's query, apart from the provider so the overview's first request can
// compose it without an import cycle.

export const SessionUserFields = graphql(`
  fragment SessionUser on User {
    email
    name
    role
    partnership {
      code
      nameNl
    }
  }
`);

export const SessionQuery = graphql(
  `
    query Session {
      me {
        ...SessionUser
      }
    }
  `,
  [SessionUserFields],
);
