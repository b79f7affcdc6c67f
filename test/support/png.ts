import { PNG } from 'pngjs';

export type Rgb = readonly [number, number, number];

/** Decodes PNG bytes (throws on anything that is not a valid PNG). */
export function decodePng(bytes: Buffer): PNG {
  return PNG.sync.read(bytes);
}

function isColour(png: PNG, x: number, y: number, [r, g, b]: Rgb): boolean {
  const i = (png.width * y + x) * 4;
  return png.data[i] === r && png.data[i + 1] === g && png.data[i + 2] === b && png.data[i + 3] === 255;
}

/** How many pixels are exactly `rgb`, opaque. */
export function countColour(png: PNG, rgb: Rgb): number {
  let n = 0;
  for (let y = 0; y < png.height; y++) for (let x = 0; x < png.width; x++) if (isColour(png, x, y, rgb)) n++;
  return n;
}

/** Pixels in a rectangle that are darker than `threshold` on every channel (text, axes). */
export function darkPixels(png: PNG, box: { x0: number; y0: number; x1: number; y1: number }, threshold = 120): number {
  let n = 0;
  for (let y = box.y0; y < box.y1; y++) {
    for (let x = box.x0; x < box.x1; x++) {
      const i = (png.width * y + x) * 4;
      if (png.data[i]! < threshold && png.data[i + 1]! < threshold && png.data[i + 2]! < threshold) n++;
    }
  }
  return n;
}

/**
 * Horizontal bars of colour `rgb`, top to bottom: each run of rows holding the colour is one bar,
 * measured as its widest run of pixels (its length in pixels).
 */
export function barLengths(png: PNG, rgb: Rgb): number[] {
  const bars: number[] = [];
  let inBar = false;
  for (let y = 0; y < png.height; y++) {
    let longest = 0;
    let run = 0;
    for (let x = 0; x < png.width; x++) {
      run = isColour(png, x, y, rgb) ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    if (longest > 0 && !inBar) bars.push(longest);
    else if (longest > 0) bars[bars.length - 1] = Math.max(bars.at(-1)!, longest);
    inBar = longest > 0;
  }
  return bars;
}
