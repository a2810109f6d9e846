// Renders the app's icons from public/icon.svg (run by hand after changing the mark:
// `npx tsx scripts/make-icons.ts`): PNG 192 and 512 for the web manifest, a 180 px
// apple-touch-icon on an opaque background (iOS shows transparency as black), and favicon.ico
// with 16, 32 and 48 px images. sharp comes with Next.js; an .ico may hold PNG images (since
// Windows Vista), so the container is a 6-byte header and one 16-byte entry per image.
import { readFileSync, writeFileSync } from "node:fs";
import sharp from "sharp";

const svg = readFileSync("public/icon.svg");
const png = (size: number, background?: string) => {
  const image = sharp(svg, { density: 384 }).resize(size, size);
  return (background ? image.flatten({ background }) : image).png().toBuffer();
};

function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(1, 2); // type 1 = icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, data }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size % 256, 0); // width (0 means 256)
    entry.writeUInt8(size % 256, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(data.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += data.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.data)]);
}

async function main() {
  writeFileSync("public/icon-192.png", await png(192));
  writeFileSync("public/icon-512.png", await png(512));
  writeFileSync("public/apple-touch-icon.png", await png(180, "#0c2d5b"));
  const sizes = [16, 32, 48];
  writeFileSync("public/favicon.ico", ico(await Promise.all(sizes.map(async (size) => ({ size, data: await png(size) })))));
}

void main();
