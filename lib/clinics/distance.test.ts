import { describe, expect, it } from 'vitest';
import { distanceMiles, EARTH_RADIUS_MILES, latitudeBand, roundMiles, sortByDistance } from './distance';
import { earliestByClinic } from './earliest-slots';
import { lookupZip } from './zip-centroid';

const KM_PER_MILE = 1.609344;

describe('distanceMiles', () => {
  it('matches the reference great-circle distance from Nashville (BNA) to Los Angeles (LAX)', () => {
    // Rosetta Code's haversine reference: 2887.2599 km on a 6372.8 km sphere; scaled to the
    // IUGG mean radius (6371.0088 km) that is 2886.45 km.
    const km = distanceMiles({ latitude: 36.12, longitude: -86.67 }, { latitude: 33.94, longitude: -118.4 }) * KM_PER_MILE;
    expect(km).toBeCloseTo(2887.2599 * (6371.0088 / 6372.8), 1);
  });

  it('is about 69 miles per degree of latitude, zero for one point, and the same both ways', () => {
    expect(distanceMiles({ latitude: 40, longitude: -74 }, { latitude: 41, longitude: -74 })).toBeCloseTo(69.09, 1);
    expect(distanceMiles({ latitude: 40.7484, longitude: -73.9967 }, { latitude: 40.7484, longitude: -73.9967 })).toBe(0);
    const a = { latitude: 40.7484, longitude: -73.9967 };
    const b = { latitude: 39.9533, longitude: -75.171 };
    expect(distanceMiles(a, b)).toBe(distanceMiles(b, a));
  });

  it('gives about 83 miles from ZIP 10001 (Manhattan) to Center City Philadelphia', () => {
    const manhattan = lookupZip('10001')!;
    expect(roundMiles(distanceMiles(manhattan, { latitude: 39.9533, longitude: -75.171 }))).toBe(82.7);
  });
});

describe('sortByDistance', () => {
  const clinics = [
    { name: 'Center City', latitude: 39.9533, longitude: -75.171 },
    { name: 'Chelsea', latitude: 40.7472, longitude: -73.9945 },
    { name: 'Back Bay', latitude: 42.3502, longitude: -71.0726 },
    { name: 'Brooklyn Heights', latitude: 40.6928, longitude: -73.9903 },
  ];
  const origin = { latitude: 40.7484, longitude: -73.9967 };

  it('puts the nearest first, with distances rounded to a tenth of a mile', () => {
    expect(sortByDistance(origin, clinics).map((c) => [c.name, c.distanceMiles])).toEqual([
      ['Chelsea', 0.1],
      ['Brooklyn Heights', 3.9],
      ['Center City', 82.7],
      ['Back Bay', 187.4],
    ]);
  });

  it('drops places beyond the radius and orders equal distances by name', () => {
    expect(sortByDistance(origin, clinics, 100).map((c) => c.name)).toEqual(['Chelsea', 'Brooklyn Heights', 'Center City']);
    const twins = [
      { name: 'B', latitude: 41, longitude: -74 },
      { name: 'A', latitude: 41, longitude: -74 },
    ];
    expect(sortByDistance(origin, twins).map((c) => c.name)).toEqual(['A', 'B']);
  });
});

describe('lookupZip', () => {
  it('knows US ZIP codes (and ZIP+4), and nothing else', () => {
    expect(lookupZip('10001')).toMatchObject({ zip: '10001', city: 'New York', state: 'NY' });
    expect(lookupZip(' 60611-1234 ')).toMatchObject({ zip: '60611', city: 'Chicago' });
    expect(lookupZip('99999')).toBeNull();
    expect(lookupZip('1000')).toBeNull();
    expect(lookupZip('H0H')).toBeNull(); // a Canadian postal code in the same dataset
  });
});

describe('earliestByClinic', () => {
  it('keeps the first slot of each clinic and ignores video slots', () => {
    const slot = (start: number, clinicId: string | null, therapistId = 't1') => ({
      start,
      end: start + 60,
      therapistId,
      clinicId,
    });
    const first = earliestByClinic(
      [slot(10, 'a'), slot(20, 'b', 't2'), slot(30, 'a'), slot(5, null)].sort((x, y) => x.start - y.start),
    );
    expect(Object.fromEntries([...first].map(([id, s]) => [id, [s.start, s.therapistId]]))).toEqual({
      a: [10, 't1'],
      b: [20, 't2'],
    });
  });
});

describe('latitudeBand', () => {
  it('holds every place the radius keeps, the farthest due north and south included', () => {
    const origin = { latitude: 40.7484, longitude: -73.9967 }; // ZIP 10001
    const band = latitudeBand(origin, 50);
    // Due north and south, a place just inside 50 miles (as rounded) sits just inside the band.
    for (const sign of [1, -1]) {
      const edge = {
        latitude: origin.latitude + (sign * (50.04 / EARTH_RADIUS_MILES) * 180) / Math.PI,
        longitude: origin.longitude,
      };
      expect(sortByDistance(origin, [{ ...edge, name: 'edge' }], 50)).toHaveLength(1);
      expect(edge.latitude).toBeGreaterThanOrEqual(band.min);
      expect(edge.latitude).toBeLessThanOrEqual(band.max);
    }
    // Anything east or west within the radius has a latitude in the band too.
    for (let bearing = 0; bearing < 360; bearing += 15) {
      const rad = (bearing * Math.PI) / 180;
      const d = 49.9 / EARTH_RADIUS_MILES;
      const lat1 = (origin.latitude * Math.PI) / 180;
      const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(rad));
      expect((lat2 * 180) / Math.PI).toBeGreaterThanOrEqual(band.min);
      expect((lat2 * 180) / Math.PI).toBeLessThanOrEqual(band.max);
    }
    expect(band.max - band.min).toBeLessThan(1.5); // a band, not the whole map
  });

  it('stops at the poles', () => {
    expect(latitudeBand({ latitude: 71.29, longitude: -156.79 }, 3000)).toMatchObject({ max: 90 }); // Utqiagvik, AK
  });
});
