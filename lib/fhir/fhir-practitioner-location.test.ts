import { describe, expect, it } from 'vitest';
import { toFhirPractitioner, qualificationsOf, type PractitionerRecord } from './fhir-practitioner';
import { toFhirLocation, type LocationRecord } from './fhir-location';
import { parseOpeningHours } from './opening-hours';

const therapist: PractitionerRecord = {
  id: 'cmther1',
  credentials: 'PT, DPT, OCS',
  user: { name: 'Maya  L. Chen', active: true, updatedAt: new Date('2026-02-03T04:05:06Z') },
  clinic: { phone: '(212) 555-0142', active: true },
};

describe('toFhirPractitioner', () => {
  it("gives name, active, each credential as a qualification and the home clinic's work phone", () => {
    expect(toFhirPractitioner(therapist)).toEqual({
      resourceType: 'Practitioner',
      id: 'cmther1',
      meta: { lastUpdated: '2026-02-03T04:05:06.000Z' },
      active: true,
      name: [{ use: 'official', text: 'Maya  L. Chen', family: 'Chen', given: ['Maya', 'L.'] }],
      telecom: [{ system: 'phone', value: '(212) 555-0142', use: 'work' }],
      qualification: [{ code: { text: 'PT' } }, { code: { text: 'DPT' } }, { code: { text: 'OCS' } }],
    });
  });

  it('never carries an email, and has no phone without an open home clinic or once deactivated', () => {
    const virtualOnly = toFhirPractitioner({ ...therapist, clinic: null });
    expect(virtualOnly.telecom).toBeUndefined();
    expect(JSON.stringify(virtualOnly)).not.toContain('@');
    expect(toFhirPractitioner({ ...therapist, clinic: { phone: 'x', active: false } }).telecom).toBeUndefined();
    const gone = toFhirPractitioner({ ...therapist, user: { ...therapist.user, active: false } });
    expect(gone.active).toBe(false);
    expect(gone.telecom).toBeUndefined();
  });

  it('reads credentials separated by commas or semicolons and skips empty ones', () => {
    expect(qualificationsOf('PT; DPT,, ')).toEqual([{ code: { text: 'PT' } }, { code: { text: 'DPT' } }]);
    expect(qualificationsOf('')).toEqual([]);
    expect(toFhirPractitioner({ ...therapist, credentials: '' })).not.toHaveProperty('qualification');
  });
});

describe('parseOpeningHours', () => {
  it('reads the usual "days time–time" list, on the 12- or 24-hour clock', () => {
    expect(parseOpeningHours('Mon–Fri 7:00 am–7:00 pm, Sat 8:00 am–12:00 pm')).toEqual([
      { daysOfWeek: ['mon', 'tue', 'wed', 'thu', 'fri'], openingTime: '07:00:00', closingTime: '19:00:00' },
      { daysOfWeek: ['sat'], openingTime: '08:00:00', closingTime: '12:00:00' },
    ]);
    expect(parseOpeningHours('Monday to Thursday 6:30 a.m. - 5 p.m.; Fri 12 am–11:59 am')).toEqual([
      { daysOfWeek: ['mon', 'tue', 'wed', 'thu'], openingTime: '06:30:00', closingTime: '17:00:00' },
      { daysOfWeek: ['fri'], openingTime: '00:00:00', closingTime: '11:59:00' },
    ]);
    expect(parseOpeningHours('Sat-Sun 09:00-13:30')).toEqual([
      { daysOfWeek: ['sat', 'sun'], openingTime: '09:00:00', closingTime: '13:30:00' },
    ]);
  });

  it('does not guess: anything outside the pattern is not parsed at all', () => {
    for (const text of [
      '',
      'By appointment',
      'Mon–Fri 7:00 am–7:00 pm, Sun closed',
      'Mon–Fri 7–6',
      'Mon–Fri 7:00–6:00 pm',
      'Mon–Fri 8:00 pm–6:00 am',
      'Mon–Fri 13:00 pm–14:00 pm',
      'Mon–Fri 7:75 am–6:00 pm',
      'Funday 9:00 am–5:00 pm',
      'Mon–Fri 9:00 am–noon',
      'Mon, Wed 9:00 am–5:00 pm',
    ]) {
      expect(parseOpeningHours(text), text).toBeNull();
    }
  });
});

describe('toFhirLocation', () => {
  const clinic: LocationRecord = {
    id: 'cmclinic1',
    name: 'Harbor PT — Chelsea',
    addressLine1: '236 W 27th St',
    addressLine2: 'Suite 400',
    city: 'New York',
    state: 'NY',
    zip: '10001',
    latitude: 40.7472,
    longitude: -73.9945,
    phone: '(212) 555-0142',
    hours: 'Mon–Fri 7:00 am–7:00 pm, Sat 8:00 am–12:00 pm',
    active: true,
    closedAt: null,
    practice: { name: 'Harbor PT' },
  };

  it('is an active location with address, phone, position, practice and parsed hours', () => {
    expect(toFhirLocation(clinic)).toEqual({
      resourceType: 'Location',
      id: 'cmclinic1',
      status: 'active',
      name: 'Harbor PT — Chelsea',
      mode: 'instance',
      telecom: [{ system: 'phone', value: '(212) 555-0142', use: 'work' }],
      address: {
        use: 'work',
        type: 'physical',
        text: '236 W 27th St, Suite 400, New York, NY 10001',
        line: ['236 W 27th St', 'Suite 400'],
        city: 'New York',
        state: 'NY',
        postalCode: '10001',
        country: 'US',
      },
      position: { latitude: 40.7472, longitude: -73.9945 },
      managingOrganization: { display: 'Harbor PT' },
      hoursOfOperation: [
        { daysOfWeek: ['mon', 'tue', 'wed', 'thu', 'fri'], openingTime: '07:00:00', closingTime: '19:00:00' },
        { daysOfWeek: ['sat'], openingTime: '08:00:00', closingTime: '12:00:00' },
      ],
    });
  });

  it('passes hours it cannot read on as text, and leaves out an empty second address line', () => {
    const l = toFhirLocation({ ...clinic, addressLine2: null, hours: 'Mon–Thu 8:00 am–6:00 pm; Fri by appointment' });
    expect(l.hoursOfOperation).toBeUndefined();
    expect(l.description).toBe('Opening hours: Mon–Thu 8:00 am–6:00 pm; Fri by appointment');
    expect(l.address).toMatchObject({ line: ['236 W 27th St'], text: '236 W 27th St, New York, NY 10001' });
  });

  it('shows a closed clinic as inactive, with the day it closed and no phone or hours', () => {
    const l = toFhirLocation({ ...clinic, active: false, closedAt: new Date('2026-05-31T15:00:00Z') });
    expect(l).toMatchObject({ status: 'inactive', description: 'Closed since 2026-05-31.', address: { city: 'New York' } });
    expect(l.telecom).toBeUndefined();
    expect(l.hoursOfOperation).toBeUndefined();
  });
});
