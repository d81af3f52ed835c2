import { useId, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { template } from '../../i18n/template';
import type { Member } from './table-mapper';
import { MAX_MEMBERS, type TableDimension } from './table-state';

// The table builder's pickers: a list of checkboxes, and the members of a dimension with search.

/** Trainings shown below the search box at once (the catalogue holds hundreds). */
const TRAINING_MATCHES = 30;

/** A labelled list of checkboxes in a scrolling box; ticking in order keeps that order. */
export function CheckList({
  legend,
  name,
  items,
  checked,
  max,
  onToggle,
  hint,
  children,
}: {
  legend: string;
  name: string;
  items: Member[];
  checked: readonly string[];
  max: number;
  onToggle: (id: string, on: boolean) => void;
  hint?: string;
  children?: React.ReactNode;
}) {
  const hintId = useId();
  const full = checked.length >= max;
  return (
    <fieldset className="check-list" aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      {children}
      {hint && (
        <p className="small muted" id={hintId}>
          {hint}
        </p>
      )}
      <ul className="check-list-items">
        {items.map((item) => {
          const on = checked.includes(item.id);
          return (
            <li key={item.id}>
              <label>
                <input type="checkbox" name={name} value={item.id} checked={on} disabled={!on && full} onChange={(e) => onToggle(item.id, e.target.checked)} />
                {item.label}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

export function MemberPicker({
  dimension,
  members,
  chosen,
  onToggle,
  onClear,
}: {
  dimension: TableDimension;
  members: Member[];
  chosen: readonly string[];
  onToggle: (id: string, on: boolean) => void;
  onClear: () => void;
}) {
  const { t } = useI18n();
  const tb = t.tableBuilder;
  const [query, setQuery] = useState('');
  const searchId = useId();
  const plural = tb.dimensionsPlural[dimension];
  let items = members;
  let more = 0;
  if (dimension === 'TRAINING') {
    // The chosen trainings first, then the matches of the search, a screenful at a time.
    const q = query.trim().toLowerCase();
    const picked = members.filter((m) => chosen.includes(m.id));
    const matches = members.filter((m) => !chosen.includes(m.id) && (!q || m.label.toLowerCase().includes(q) || m.id.toLowerCase().includes(q)));
    items = [...picked, ...matches.slice(0, TRAINING_MATCHES)];
    more = Math.max(0, matches.length - TRAINING_MATCHES);
  }
  const hint = chosen.length ? template(tb.chosenCount, { count: chosen.length }) : tb.allMembers;
  return (
    <CheckList legend={template(tb.members, { dimension: plural })} name="member" items={items} checked={chosen} max={MAX_MEMBERS} onToggle={onToggle} hint={hint}>
      {dimension === 'TRAINING' && (
        <div className="control">
          <label htmlFor={searchId}>{tb.search}</label>
          <input id={searchId} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </div>
      )}
      {chosen.length > 0 && (
        <button type="button" className="link-button small" onClick={onClear}>
          {tb.clearMembers}
        </button>
      )}
      {more > 0 && <p className="small muted">{template(tb.moreMatches, { count: more })}</p>}
    </CheckList>
  );
}
