import type { ReadinessAssessment } from '../../utils/readiness/assess';
import { VERDICT_LABELS, type Reason, type Verdict } from '../../utils/readiness/reasons';
import { h, isWebAddress, type ViewNode } from './view-tree';

/** Colour backs up the words, never replaces them. */
export const VERDICT_STYLES: Record<Verdict, string> = {
  ready: 'border-emerald-600 bg-emerald-50 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100',
  promising: 'border-amber-500 bg-amber-50 text-amber-900 dark:bg-amber-950 dark:text-amber-100',
  'not-ready': 'border-red-600 bg-red-50 text-red-900 dark:bg-red-950 dark:text-red-100',
  'insufficient-data': 'border-slate-400 bg-slate-50 text-slate-800 dark:bg-slate-800 dark:text-slate-100',
};

const MARKS: Record<Reason['effect'], { mark: string; label: string }> = {
  positive: { mark: '✓', label: 'in favour' },
  negative: { mark: '✗', label: 'against' },
  neutral: { mark: '•', label: 'note' },
};

/** The readiness verdict with every reason, the page or filing it rests on, and what is missing. */
export function verdictView(assessment: ReadinessAssessment): ViewNode {
  return h(
    'section',
    { 'aria-labelledby': 'verdict-heading', class: `space-y-1 rounded border-l-4 p-2 ${VERDICT_STYLES[assessment.verdict]}`, 'data-testid': 'verdict' },
    h('h3', { id: 'verdict-heading', class: 'text-sm font-bold', 'data-verdict': assessment.verdict, elementtiming: 'ics-scout:verdict' }, VERDICT_LABELS[assessment.verdict]),
    h(
      'ul',
      { class: 'space-y-0.5 text-xs', 'aria-label': 'Reasons' },
      assessment.reasons.map((reason) =>
        h(
          'li',
          { class: 'flex gap-1' },
          h('span', { 'aria-label': MARKS[reason.effect].label, class: 'w-3 shrink-0 text-center' }, MARKS[reason.effect].mark),
          h(
            'span',
            null,
            reason.text,
            reason.evidence && isWebAddress(reason.evidence.url)
              ? [' ', h('a', { href: reason.evidence.url, target: '_blank', rel: 'noreferrer', title: reason.evidence.label, 'aria-label': `Source: ${reason.evidence.label}`, class: 'underline opacity-70' }, 'source')]
              : null,
          ),
        ),
      ),
    ),
    assessment.missing.length
      ? h(
          'div',
          { class: 'text-xs' },
          h('p', { class: 'font-semibold' }, 'To decide:'),
          h(
            'ul',
            { class: 'list-inside list-disc', 'data-testid': 'verdict-missing' },
            assessment.missing.map((m) => h('li', null, m)),
          ),
        )
      : null,
  );
}
