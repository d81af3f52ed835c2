import { useState, type FormEvent } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { QueryState } from '../../../components/StateView';
import { graphql } from '../../../graphql';
import { useI18n } from '../../../i18n/i18n';
import { template } from '../../../i18n/template';
import { useSession } from '../../auth/session';
import { formatInstant } from '../audit-mapper';

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

const AddUserMutation = graphql(`
  mutation AdminAddUser($input: AddUserInput!) {
    addUser(input: $input) {
      code
      expiresAt
      user {
        id
        email
      }
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

const ROLES = ['ADMIN', 'PARTNERSHIP_MEMBER', 'SECTOR_STAFF', 'POLICYMAKER'] as const;
type Role = (typeof ROLES)[number];

/** "Veld: melding" from a BAD_USER_INPUT error (the server names the field), else the message. */
function useErrorText() {
  const { t } = useI18n();
  return (error: CombinedError | undefined): string | null => {
    const e = error?.graphQLErrors[0];
    if (!e) return error ? t.state.error : null;
    const field = e.extensions?.field as keyof typeof t.admin.fieldErrors | undefined;
    const label = field ? t.admin.fieldErrors[field] : undefined;
    return label ? `${label}: ${e.message.replace(/^[\w.]+: /, '')}` : e.message;
  };
}

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

function AddUserForm({ partnerships, onAdded }: { partnerships: readonly { code: string; nameNl: string }[]; onAdded: () => void }) {
  const { t, locale } = useI18n();
  const a = t.admin;
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('PARTNERSHIP_MEMBER');
  const [partnershipCode, setPartnershipCode] = useState('');
  const [link, setLink] = useState<{ email: string; url: string; expiresAt: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const [{ fetching, error }, add] = useMutation(AddUserMutation);
  const errorText = useErrorText();
  const staff = role === 'SECTOR_STAFF';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setLink(null);
    const result = await add({ input: { name, email, role, partnershipCode: staff ? partnershipCode : null } });
    const added = result.data?.addUser;
    if (!added) return;
    // The code is in the fragment (#), which browsers never send to a server.
    setLink({ email: added.user.email, url: `${window.location.origin}/welkom#code=${added.code}`, expiresAt: added.expiresAt });
    setCopied(false);
    setName('');
    setEmail('');
    onAdded();
  };

  return (
    <section className="card" aria-labelledby="add-user-title">
      <h2 id="add-user-title">{a.addTitle}</h2>
      <p className="muted small">{a.addIntro}</p>
      <form className="add-user-form" onSubmit={submit}>
        <label>
          {a.name}
          <input name="name" required autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <label>
          {a.email}
          <input name="email" type="email" required autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          {a.role}
          <select name="role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {a.roles[r]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {a.partnership}
          <select name="partnership" value={staff ? partnershipCode : ''} disabled={!staff} required={staff} aria-describedby="partnership-hint" onChange={(e) => setPartnershipCode(e.target.value)}>
            <option value="">{a.choosePartnership}</option>
            {partnerships.map((p) => (
              <option key={p.code} value={p.code}>
                {p.nameNl}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button primary" disabled={fetching}>
          {fetching ? a.adding : a.add}
        </button>
      </form>
      <p id="partnership-hint" className="small muted">
        {a.partnershipHint}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {errorText(error)}
        </p>
      )}
      {link && (
        <div className="invitation-link" role="status">
          <h3>{template(a.linkTitle, { email: link.email })}</h3>
          <p className="small">{template(a.linkIntro, { date: formatInstant(link.expiresAt, locale) })}</p>
          <label>
            {a.linkLabel}
            <input readOnly value={link.url} onFocus={(e) => e.currentTarget.select()} data-invitation-link />
          </label>
          <div className="table-actions">
            <button
              type="button"
              className="button small"
              onClick={() =>
                void navigator.clipboard
                  .writeText(link.url)
                  .then(() => setCopied(true))
                  .catch(() => setCopied(false))
              }
            >
              {copied ? a.copied : a.copy}
            </button>
            <button type="button" className="button small" onClick={() => setLink(null)}>
              {a.close}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
