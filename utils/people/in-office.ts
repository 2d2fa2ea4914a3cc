import type { Officer, Psc } from '../companies-house/records';

// Dissolved companies show no status tags: an appointment without a resignation (a control without a
// cessation) was held to the end.

/** Whether an officer holds the appointment still (or held it until the company closed). */
export function officerInOffice(officer: Pick<Officer, 'status' | 'resignedOn'>): boolean {
  return officer.status === 'active' || (officer.status === null && !officer.resignedOn);
}

/** Whether a person with significant control still has it (or had it until the company closed). */
export function pscCurrent(psc: Pick<Psc, 'status' | 'ceasedOn'>): boolean {
  return psc.status === 'active' || (psc.status === null && !psc.ceasedOn);
}
