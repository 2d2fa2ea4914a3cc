import type { ReadinessAssessment } from '../utils/readiness/assess';
import { reactFromView } from './first-frame/react-view';
import { verdictView } from './first-frame/verdict-view';
import { useFirstRenderMark } from './hooks/useFirstRenderMark';

/**
 * The readiness verdict with every reason, the page or filing it rests on, and what is missing. Its markup
 * is a view tree (first-frame/verdict-view.ts), which the popup's first-read script also renders.
 */
export function VerdictCard({ assessment }: { assessment: ReadinessAssessment }) {
  useFirstRenderMark(true, 'ics-scout:verdict');
  return reactFromView(verdictView(assessment));
}
