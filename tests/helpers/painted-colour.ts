/**
 * Where a screenshot shows one colour: proof that the browser painted something
 * (a text-fragment highlight, say) rather than that the page's markup asks for it.
 * The PNG is decoded by Chromium itself, on a blank page of its own, so no
 * image library is needed and the site's CSP does not apply.
 */
import type { BrowserContext } from 'playwright-core';

export interface PaintedBox {
  /** Pixels of the colour. */
  pixels: number;
  /** Their bounding box in the screenshot, in CSS pixels at scale 1. */
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Pixels within ±8 per channel of `#rrggbb`, and their bounding box (undefined when none). */
export async function paintedBox(
  context: BrowserContext,
  png: Buffer,
  hex: string,
): Promise<PaintedBox | undefined> {
  const blank = await context.newPage();
  try {
    return await blank.evaluate(
      async ({ data, hex }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${data}`;
        await image.decode();
        const canvas = new OffscreenCanvas(image.width, image.height);
        const drawing = canvas.getContext('2d')!;
        drawing.drawImage(image, 0, 0);
        const pixels = drawing.getImageData(0, 0, image.width, image.height).data;
        const target = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
        let count = 0;
        let left = Infinity;
        let top = Infinity;
        let right = -1;
        let bottom = -1;
        for (let i = 0; i < pixels.length; i += 4) {
          if (target.some((value, channel) => Math.abs(pixels[i + channel]! - value) > 8)) continue;
          const x = (i / 4) % image.width;
          const y = Math.floor(i / 4 / image.width);
          count++;
          left = Math.min(left, x);
          top = Math.min(top, y);
          right = Math.max(right, x + 1);
          bottom = Math.max(bottom, y + 1);
        }
        return count === 0 ? undefined : { pixels: count, left, top, right, bottom };
      },
      { data: png.toString('base64'), hex },
    );
  } finally {
    await blank.close();
  }
}
