import { describe, expect, it } from 'vitest';
import { nearestCorner, nextCorner } from './self-view';
import { initials } from './remote-tile';

const stage = { x: 0, y: 0, width: 390, height: 760 };
const tile = (x: number, y: number) => ({ x, y, width: 100, height: 130 });

describe('the own video lands in the nearest corner', () => {
  it('goes by the centre of the tile, not its edge', () => {
    expect(nearestCorner(tile(280, 40), stage)).toBe('top-right');
    expect(nearestCorner(tile(10, 600), stage)).toBe('bottom-left');
    expect(nearestCorner(tile(150, 300), stage)).toBe('top-right'); // centre 200,365: right of 195, above 380
    expect(nearestCorner(tile(130, 320), stage)).toBe('bottom-left'); // centre 180,385
  });
  it('its button moves it clockwise round the four corners', () => {
    expect(nextCorner('top-left')).toBe('top-right');
    expect(nextCorner('top-right')).toBe('bottom-right');
    expect(nextCorner('bottom-right')).toBe('bottom-left');
    expect(nextCorner('bottom-left')).toBe('top-left');
  });
});

describe('a camera-off avatar shows initials', () => {
  it('first and last name, one name, extra spaces', () => {
    expect(initials('Dana Video')).toBe('DV');
    expect(initials('Maya van der Berg')).toBe('MB');
    expect(initials('  cher ')).toBe('C');
    expect(initials('')).toBe('?');
  });
});
