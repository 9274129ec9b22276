import { describe, expect, it } from 'vitest';
import { decodeBase64, sniffAttachmentType } from './attachment-type';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13];
const bytes = (...b: number[]) => new Uint8Array(b);

describe('sniffAttachmentType', () => {
  it('knows PNG, JPEG and WebP by their magic bytes', () => {
    expect(sniffAttachmentType(bytes(...PNG))).toBe('image/png');
    expect(sniffAttachmentType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe('image/jpeg');
    expect(sniffAttachmentType(new TextEncoder().encode('RIFF\x24\x00\x00\x00WEBPVP8 '))).toBe('image/webp');
  });

  it('refuses anything else, whatever it claims to be', () => {
    expect(sniffAttachmentType(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffAttachmentType(new TextEncoder().encode('%PDF-1.7'))).toBeNull();
    expect(sniffAttachmentType(new TextEncoder().encode('GIF89a'))).toBeNull();
    expect(sniffAttachmentType(new TextEncoder().encode('RIFF\x24\x00\x00\x00WAVEfmt '))).toBeNull();
    expect(sniffAttachmentType(bytes(...PNG.slice(0, 7)))).toBeNull(); // truncated signature
    expect(sniffAttachmentType(bytes())).toBeNull();
  });
});

describe('decodeBase64', () => {
  it('decodes strict base64 only', () => {
    expect(decodeBase64('iVBORw0KGgo=')).toEqual(bytes(...PNG.slice(0, 8)));
    expect(decodeBase64('iVBO Rw0=')).toBeNull();
    expect(decodeBase64('iVBORw0KGgo')).toBeNull();
    expect(decodeBase64('data:image/png;base64,iVBO')).toBeNull();
  });
});
