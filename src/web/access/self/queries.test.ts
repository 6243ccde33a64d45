import { describe, expect, it } from 'vitest';
import { svgDataUrl } from './queries';

describe('svgDataUrl', () => {
  it('encodes the SVG (UTF-8) as a base64 data URL', () => {
    const url = svgDataUrl('<svg>é</svg>');
    expect(url.startsWith('data:image/svg+xml;base64,')).toBe(true);
    const decoded = new TextDecoder().decode(
      Uint8Array.from(atob(url.split(',')[1] ?? ''), (c) => c.charCodeAt(0)),
    );
    expect(decoded).toBe('<svg>é</svg>');
  });
});
