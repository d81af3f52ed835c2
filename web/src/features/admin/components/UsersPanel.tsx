import { useMutation, useQuery } from 'urql';
import { QueryState } from '../../../components/StateView';
import { graphql } from '../../../graphql';
import { useI18n } from '../../../i18n/i18n';
import { useSession } from '../../auth/session';
import { formatInstant } from '../audit-mapper';
import { AddUserForm } from './AddUserForm';
import { useErrorText } from './useErrorText';

export const AdminUsersQuery = graphql(`
  query AdminUsers {
    users {
      id
      email
      name
      role
      status
      lastSignInAt
      partnership {
        code
        nameNl
      }
    }
    partnerships {
      code
      nameNl
    }
  }
`);

const DeactivateMutation = graphql(`
  mutation AdminDeactivateUser($id: ID!) {
    deactivateUser(userId: $id) {
      id
      status
    }
  }
`);

const ReactivateMutation = graphql(`
  mutation AdminReactivateUser($id: ID!) {
    reactivateUser(userId: $id) {
      id
      status
    }
  }
`);

/** The users table (ADMIN) with deactivate / reactivate, and the form that adds one. */
export function UsersPanel() {
  const { t, locale } = useI18n();
  const { user: me } = useSession();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: AdminUsersQuery, requestPolicy: 'cache-and-network' });
  const [deactivation, deactivate] = useMutation(DeactivateMutation);
  const [reactivation, reactivate] = useMutation(ReactivateMutation);
  const errorText = useErrorText();
  const a = t.admin;
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const toggleError = errorText(deactivation.error ?? reactivation.error);

  return (
    <div className="admin-users">
      <AddUserForm partnerships={data?.partnerships ?? []} onAdded={refresh} />
      <section className="card" aria-labelledby="users-title">
        <h2 id="users-title">{a.usersTab}</h2>
        {toggleError && (
          <p className="form-error" role="alert">
            {toggleError}
          </p>
        )}
        <QueryState fetching={fetching && !data} error={error} retry={refresh}>
          <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="users-title">
            <table className="users-table">
              <thead>
                <tr>
                  <th scope="col">{a.name}</th>
                  <th scope="col">{a.email}</th>
                  <th scope="col">{a.role}</th>
                  <th scope="col">{a.partnership}</th>
                  <th scope="col">{a.status}</th>
                  <th scope="col">{a.lastSignIn}</th>
                  <th scope="col">{a.actions}</th>
                </tr>
              </thead>
              <tbody>
                {(data?.users ?? []).map((u) => {
                  const self = u.email === me?.email;
                  return (
                    <tr key={u.id} data-email={u.email} data-status={u.status}>
                      <th scope="row">
                        {u.name} {self && <span className="muted small">{a.you}</span>}
                      </th>
                      <td>{u.email}</td>
                      <td>{a.roles[u.role]}</td>
                      <td>{u.partnership?.nameNl ?? '–'}</td>
                      <td>
                        <span className={`user-status status-${u.status.toLowerCase()}`}>{a.statuses[u.status]}</span>
                      </td>
                      <td>{u.lastSignInAt ? formatInstant(u.lastSignInAt, locale) : a.never}</td>
                      <td>
                        {self ? null : u.status === 'DEACTIVATED' ? (
                          <button type="button" className="button small" disabled={reactivation.fetching} onClick={() => void reactivate({ id: u.id }).then(refresh)} aria-label={`${a.reactivate}: ${u.name}`}>
                            {a.reactivate}
                          </button>
                        ) : (
                          <button type="button" className="button small danger" disabled={deactivation.fetching} onClick={() => void deactivate({ id: u.id }).then(refresh)} aria-label={`${a.deactivate}: ${u.name}`}>
                            {a.deactivate}
                          </button>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </QueryState>
      </section>
    </div>
  );
}
