import type { ReadinessContext } from './context';
import { clipEvidence } from './evidence';
import { counted } from './format';
import type { ReadinessClip } from './input';
import { MISSING, concern, findings, positive, type Findings } from './reasons';

/** Services running and in development, from lists clipped from the federation's website. */

/** Distinct items across clips of one kind: the same service clipped from two pages counts once. */
function distinctItems(clips: readonly ReadinessClip[]): number {
  return new Set(clips.flatMap((c) => c.items.map((item) => item.trim().toLowerCase().replace(/\s+/g, ' ')).filter(Boolean))).size;
}

export function checkServices(ctx: ReadinessContext): Findings {
  const found = findings();
  const minimum = ctx.criteria.minServicesRunning;
  const runningClips = ctx.input.clips.filter((c) => c.kind === 'services');
  const developingClips = ctx.input.clips.filter((c) => c.kind === 'services-in-development');
  if (runningClips.length === 0 && developingClips.length === 0) {
    if (minimum > 0) {
      found.keyFacts.services = null;
      found.missing.push(MISSING.services);
    }
    return found;
  }
  const running = distinctItems(runningClips);
  const developing = distinctItems(developingClips);
  const inDevelopment = developing > 0 ? `, ${developing} in development` : '';
  const evidence = clipEvidence((runningClips[0] ?? developingClips[0])!, 'Services');
  const holds = running >= minimum;
  const text = running === 0 ? `No services running yet${inDevelopment}` : `${holds ? '' : 'Only '}${counted(running, 'service')} running${inDevelopment}`;
  found.reasons.push(holds ? positive('services', text, evidence) : concern('services', text, evidence));
  if (minimum > 0) found.keyFacts.services = holds;
  return found;
}
