import { describe, expect, it } from 'vitest';
import { assessReadiness } from '../../../utils/readiness/assess';
import { DEFAULT_CRITERIA, parseCriteria } from '../../../utils/readiness/criteria';
import type { ReadinessInput } from '../../../utils/readiness/input';
import { MISSING, type ReasonCode } from '../../../utils/readiness/reasons';
import { TODAY, federation } from './helpers';

const assess = (input: ReadinessInput, criteria = DEFAULT_CRITERIA) => assessReadiness(input, criteria, TODAY);
const reason = (input: ReadinessInput, code: ReasonCode, criteria = DEFAULT_CRITERIA) => assess(input, criteria).reasons.find((r) => r.code === code);
const SITE = 'https://www.westdalegpfederation.nhs.uk';

describe('services', () => {
  it('counts distinct services across clips, and points at the page clipped', () => {
    const input = federation((input) => {
      input.clips = [
        { kind: 'services', items: ['Phlebotomy', 'Spirometry'], url: `${SITE}/services` },
        { kind: 'services', items: ['phlebotomy ', 'Minor surgery'], url: `${SITE}/about` },
        { kind: 'people', items: ['Dr Jane Smith — Chair'], url: `${SITE}/team` },
      ];
    });
    expect(reason(input, 'services')).toMatchObject({
      text: '3 services running',
      effect: 'positive',
      evidence: { label: 'Services clipped from www.westdalegpfederation.nhs.uk', url: `${SITE}/services` },
    });
  });

  it('only services in development is a concern', () => {
    const input = federation((input) => (input.clips = [{ kind: 'services-in-development', items: ['Frailty clinic', 'Long COVID service'], url: `${SITE}/plans` }]));
    expect(reason(input, 'services')).toMatchObject({ text: 'No services running yet, 2 in development', severity: 'concern' });
  });

  it('fewer than the minimum; and no test at all at 0', () => {
    const { criteria } = parseCriteria({ minServicesRunning: 5 });
    expect(reason(federation(() => {}), 'services', criteria)).toMatchObject({ text: 'Only 3 services running, 2 in development', severity: 'concern' });
    const none = federation((input) => (input.clips = []));
    expect(assess(none).missing).toEqual([MISSING.services]);
    expect(assess(none, parseCriteria({ minServicesRunning: 0 }).criteria)).toMatchObject({ verdict: 'ready', missing: [] });
  });
});

describe('PCN links', () => {
  it('counts confirmed links and confident suggestions; not rejected ones', () => {
    const input = federation((input) => {
      input.linkedPcns = [
        { pcnCode: 'U1', status: 'confirmed', confidence: 1 },
        { pcnCode: 'U2', status: 'suggested', confidence: 0.6 },
        { pcnCode: 'U3', status: 'suggested', confidence: 0.59 },
        { pcnCode: 'U4', status: 'rejected', confidence: 0.99 },
      ];
    });
    expect(reason(input, 'pcn-links')).toMatchObject({ text: 'Linked to 2 PCNs (1 confirmed)', effect: 'positive', evidence: null });
  });

  it('words one link, and suggestions with none confirmed', () => {
    const one = federation((input) => (input.linkedPcns = [{ pcnCode: 'U1', status: 'suggested', confidence: 0.9 }]));
    expect(reason(one, 'pcn-links')?.text).toBe('Linked to 1 PCN (none confirmed)');
  });

  it('fewer than the minimum is a concern; 0 turns the test off', () => {
    const { criteria } = parseCriteria({ minLinkedPcns: 3 });
    expect(reason(federation(() => {}), 'pcn-links', criteria)).toMatchObject({ text: 'Only linked to 2 PCNs (1 confirmed)', severity: 'concern' });
    const none = federation((input) => (input.linkedPcns = []));
    expect(assess(none, parseCriteria({ minLinkedPcns: 0 }).criteria)).toMatchObject({ verdict: 'ready', missing: [] });
  });
});
