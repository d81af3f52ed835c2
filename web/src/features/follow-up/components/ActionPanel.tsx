import { FOLLOW_UP_ACTION_TYPES, type FollowUpActionType } from '@duaal/shared';
import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../../graphql';
import { useI18n } from '../../../i18n/i18n';
import { formatDate } from '../../../lib/format';
import { useSession } from '../../auth/session';
import { useClock } from '../../clock/clock';

// "Actie registreren" on a work-list row: a small form that records a K19 action, and the history
// of actions on the establishment (or about the mentor), where the user's own actions of the last
// day can be corrected or deleted. Every operation names FollowUpAction, so the lists, this history
// and the K19 figure refetch without a reload.

export interface ActionTarget {
  establishmentId: string;
  mentorId?: string;
  recognitionId?: string;
  /** The partnership of the row: an ADMIN records the action for it. */
  partnershipCode?: string;
  label: string;
}

const LIVE = { additionalTypenames: ['FollowUpAction'] };
const NOTE_MAX = 1000;

const HistoryQuery = graphql(`
  query FollowUpHistory($establishmentId: ID, $mentorId: ID) {
    followUpActions(establishmentId: $establishmentId, mentorId: $mentorId, first: 20) {
      id
      type
      performedOn
      note
      recordedBy
      editable
    }
  }
`);

const RecordMutation = graphql(`
  mutation FollowUpRecord($input: RecordFollowUpActionInput!) {
    recordFollowUpAction(input: $input) { id type performedOn note recordedBy editable }
  }
`);

const CorrectMutation = graphql(`
  mutation FollowUpCorrect($id: ID!, $input: FollowUpActionDetails!) {
    correctFollowUpAction(id: $id, input: $input) { id type performedOn note recordedBy editable }
  }
`);

const DeleteMutation = graphql(`
  mutation FollowUpDelete($id: ID!) {
    deleteFollowUpAction(id: $id)
  }
`);

interface Details {
  type: FollowUpActionType;
  performedOn: string;
  note: string;
}

function ActionForm({ initial, submitLabel, onSubmit, busy }: { initial: Details; submitLabel: string; onSubmit: (d: Details) => Promise<string | null>; busy: boolean }) {
  const { t } = useI18n();
  const id = useId();
  const { today } = useClock();
  const [details, setDetails] = useState(initial);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const error = await onSubmit({ ...details, note: details.note.trim() });
    setMessage(error ? { error: true, text: error } : { error: false, text: t.followUp.saved });
    if (!error) setDetails({ ...initial, performedOn: today });
  };
  return (
    <form className="action-form" onSubmit={(e) => void submit(e)}>
      <label htmlFor={`${id}-type`}>{t.followUp.type}</label>
      <select id={`${id}-type`} value={details.type} onChange={(e) => setDetails({ ...details, type: e.target.value as FollowUpActionType })}>
        {FOLLOW_UP_ACTION_TYPES.map((type) => (
          <option key={type} value={type}>
            {t.statusLabels.followUpAction[type]}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-date`}>{t.followUp.date}</label>
      <input id={`${id}-date`} type="date" required max={today} value={details.performedOn} onChange={(e) => setDetails({ ...details, performedOn: e.target.value })} />
      <label htmlFor={`${id}-note`}>{t.followUp.note}</label>
      <textarea id={`${id}-note`} maxLength={NOTE_MAX} rows={2} value={details.note} onChange={(e) => setDetails({ ...details, note: e.target.value })} />
      <button type="submit" className="button small" disabled={busy}>
        {submitLabel}
      </button>
      {message && (
        <p className={`small ${message.error ? 'form-error' : 'form-ok'}`} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </form>
  );
}

export function ActionPanel({ target }: { target: ActionTarget }) {
  const { t, locale } = useI18n();
  const { user } = useSession();
  const { today } = useClock();
  const [history] = useQuery({
    query: HistoryQuery,
    variables: target.mentorId ? { mentorId: target.mentorId } : { establishmentId: target.establishmentId },
    context: LIVE,
  });
  const [recording, record] = useMutation(RecordMutation);
  const [correcting, correct] = useMutation(CorrectMutation);
  const [, remove] = useMutation(DeleteMutation);
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const fresh: Details = { type: 'PHONE_CONTACT', performedOn: today, note: '' };
  const errorText = (e: { graphQLErrors: { message: string }[]; message: string } | undefined) => (e ? (e.graphQLErrors[0]?.message ?? e.message) : null);

  return (
    <div className="action-panel" data-action-panel>
      <h3 className="small">
        {t.followUp.record}: {target.label}
      </h3>
      <ActionForm
        initial={fresh}
        submitLabel={t.followUp.save}
        busy={recording.fetching}
        onSubmit={async (d) => {
          const result = await record(
            {
              input: {
                establishmentId: target.establishmentId,
                mentorId: target.mentorId ?? null,
                recognitionId: target.recognitionId ?? null,
                type: d.type,
                performedOn: d.performedOn,
                note: d.note || null,
                partnershipCode: user?.role === 'ADMIN' ? (target.partnershipCode ?? null) : null,
              },
            },
            LIVE,
          );
          return errorText(result.error);
        }}
      />
      <h3 className="small">{t.followUp.history}</h3>
      {notice && (
        <p className="small" role="status">
          {notice}
        </p>
      )}
      {history.data && history.data.followUpActions.length === 0 && <p className="small muted">{t.followUp.noHistory}</p>}
      <ul className="action-history" data-history>
        {history.data?.followUpActions.map((a) => (
          <li key={a.id} data-action-id={a.id}>
            <span className="history-line">
              <strong>{formatDate(a.performedOn, locale)}</strong> · {t.statusLabels.followUpAction[a.type]}
              {a.recordedBy ? ` · ${t.followUp.by} ${a.recordedBy}` : ''}
              {a.note ? ` — ${a.note}` : ''}
            </span>
            {a.editable && (
              <span className="history-actions">
                <button type="button" className="link-button" onClick={() => setEditing(editing === a.id ? null : a.id)}>
                  {t.followUp.correct}
                </button>
                <button
                  type="button"
                  className="link-button"
                  onClick={() =>
                    void remove({ id: a.id }, LIVE).then((r) => setNotice(r.error ? errorText(r.error) : t.followUp.removed))
                  }
                >
                  {t.followUp.remove}
                </button>
              </span>
            )}
            {editing === a.id && (
              <ActionForm
                initial={{ type: a.type, performedOn: a.performedOn, note: a.note ?? '' }}
                submitLabel={t.followUp.saveCorrection}
                busy={correcting.fetching}
                onSubmit={async (d) => {
                  const result = await correct({ id: a.id, input: { type: d.type, performedOn: d.performedOn, note: d.note || null } }, LIVE);
                  if (!result.error) setEditing(null);
                  return errorText(result.error);
                }}
              />
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
