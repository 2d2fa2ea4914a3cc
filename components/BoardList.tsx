import { formatLongDate } from '../utils/format/dates';
import type { BoardMember } from '../utils/readiness/board';

/** How many directors show before the rest fold away (a federation's board can run to twenty). */
const SHOWN = 6;

/** "Director, General Practitioner · since 12 September 2014" */
function serving(member: BoardMember): string {
  const role = [member.role ?? 'Director', member.occupation].filter(Boolean).join(', ');
  if (member.appointedOn) return `${role} · since ${formatLongDate(member.appointedOn)}`;
  return member.appointedBefore ? `${role} · since before ${formatLongDate(member.appointedBefore)}` : role;
}

/** The line a director gets in the side panel's card and its copy for call notes. */
export function boardMemberLine(member: BoardMember): string {
  return `${member.name} · ${serving(member)}`;
}

function Member({ member }: { member: BoardMember }) {
  return (
    <li className="py-0.5">
      <span className="text-sm font-medium">{member.name}</span>
      <span className="block text-slate-600 dark:text-slate-400">{serving(member)}</span>
    </li>
  );
}

/** The directors in office: name, role, occupation and since when; "not captured" until the People tab is. */
export function BoardList({ members, captured }: { members: BoardMember[]; captured: boolean }) {
  return (
    <section aria-labelledby="board-heading" className="space-y-1 text-xs" data-testid="board">
      <h3 id="board-heading" className="font-semibold">
        Board{members.length ? ` (${members.length} ${members.length === 1 ? 'director' : 'directors'})` : ''}
      </h3>
      {members.length === 0 ? (
        <p className="text-slate-600 dark:text-slate-400">{captured ? 'No directors in office on the People tab.' : 'Not captured yet: open the People tab, or capture all.'}</p>
      ) : (
        <>
          <ul className="divide-y divide-slate-200 dark:divide-slate-700">
            {members.slice(0, SHOWN).map((member, i) => (
              <Member key={i} member={member} />
            ))}
          </ul>
          {members.length > SHOWN ? (
            <details>
              <summary className="cursor-pointer text-indigo-700 dark:text-indigo-300">{members.length - SHOWN} more</summary>
              <ul className="divide-y divide-slate-200 dark:divide-slate-700">
                {members.slice(SHOWN).map((member, i) => (
                  <Member key={i} member={member} />
                ))}
              </ul>
            </details>
          ) : null}
        </>
      )}
    </section>
  );
}
