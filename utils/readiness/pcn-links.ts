import type { ReadinessContext } from './context';
import { counted } from './format';
import { MISSING, concern, findings, neutral, positive, type Findings } from './reasons';

/**
 * The PCNs a federation serves: confirmed links, and suggested ones (from matching its member practices) when
 * confident enough. Rejected links never count. The links live in ICS Scout, not on a public page: no evidence URL.
 */
export function checkPcnLinks(ctx: ReadinessContext): Findings {
  const found = findings();
  const { minLinkedPcns, minSuggestedLinkConfidence } = ctx.criteria;
  const live = ctx.input.linkedPcns.filter((l) => l.status !== 'rejected');
  const counting = live.filter((l) => l.status === 'confirmed' || l.confidence >= minSuggestedLinkConfidence);
  const confirmed = counting.filter((l) => l.status === 'confirmed').length;
  const holds = counting.length >= minLinkedPcns;

  if (counting.length > 0) {
    const text = `${holds ? 'Linked' : 'Only linked'} to ${counted(counting.length, 'PCN')} (${confirmed === 0 ? 'none' : confirmed} confirmed)`;
    found.reasons.push(holds ? positive('pcn-links', text, null) : concern('pcn-links', text, null));
  } else if (live.length > 0) {
    const best = Math.max(...live.map((l) => l.confidence));
    found.reasons.push(neutral('pcn-links-weak', `${counted(live.length, 'suggested PCN link')}, none confident enough to count (best ${best.toFixed(2)})`, null));
  }
  if (minLinkedPcns > 0) {
    found.keyFacts['pcn-links'] = holds;
    if (counting.length === 0) {
      found.keyFacts['pcn-links'] = null;
      found.missing.push(MISSING.pcnLinks);
    }
  }
  return found;
}
