/** Photo-like JPEGs made with sharp for tests and the image benchmark (smooth colour fields plus grain). */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

export async function makePhoto(file: string, width: number, height: number, seed = 1): Promise<void> {
  mkdirSync(path.dirname(file), { recursive: true });
  const data = Buffer.alloc(width * height * 3);
  let state = seed * 2654435761;
  const random = () => {
    state = (state * 1103515245 + 12345) >>> 0;
    return state / 2 ** 32;
  };
  const [a, b, c] = [random() * 6, random() * 6, random() * 6];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const u = x / width;
      const v = y / height;
      const grain = (random() - 0.5) * 10;
      data[i] = 128 + 90 * Math.sin(a + u * 5 + v * 2) + grain;
      data[i + 1] = 128 + 90 * Math.sin(b + v * 6 - u * 3) + grain;
      data[i + 2] = 128 + 90 * Math.cos(c + (u + v) * 4) + grain;
    }
  }
  await sharp(data, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 85 })
    .toFile(file);
}
