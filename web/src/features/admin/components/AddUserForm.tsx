import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../../graphql';
import { useI18n } from '../../../i18n/i18n';
import { template } from '../../../i18n/template';
import { formatInstant } from '../audit-mapper';
import { useErrorText } from './useErrorText';

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

const ROLES = ['ADMIN', 'PARTNERSHIP_MEMBER', 'SECTOR_STAFF', 'POLICYMAKER'] as const;
type Role = (typeof ROLES)[number];

/** Adds a user and shows the one-time sign-in link to hand over. */
export function AddUserForm({ partnerships, onAdded }: { partnerships: readonly { code: string; nameNl: string }[]; onAdded: () => void }) {
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
