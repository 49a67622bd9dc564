import sharp from "sharp";
import type { ImageSpec } from "../types";
import { createRng, type Rng, seedFrom } from "./random";

/** Renders an abstract composition (colours and shapes from the prompt, seed and variant) with the prompt on it. */
export async function renderImage(spec: ImageSpec): Promise<Buffer> {
  const image = sharp(Buffer.from(buildSvg(spec)));
  return spec.format === "jpeg" ? image.jpeg({ quality: 88 }).toBuffer() : image.png().toBuffer();
}

export function buildSvg(spec: ImageSpec): string {
  const { width: w, height: h } = spec;
  const rng = createRng(seedFrom("image", spec.prompt, spec.seed, spec.variant));
  const hue = rng.range(0, 360);
  const palette = [
    hsl(hue, 65, 20),
    hsl(hue + rng.range(40, 100), 70, 52),
    hsl(hue + 180 + rng.range(-30, 30), 75, 64),
    hsl(hue + rng.range(-40, -15), 80, 70),
  ];
  const angle = rng.range(0, Math.PI * 2);
  const defs: string[] = [
    `<linearGradient id="bg" x1="${f(0.5 - Math.cos(angle) / 2)}" y1="${f(0.5 - Math.sin(angle) / 2)}" x2="${f(0.5 + Math.cos(angle) / 2)}" y2="${f(0.5 + Math.sin(angle) / 2)}"><stop offset="0" stop-color="${palette[0]}"/><stop offset="0.6" stop-color="${palette[1]}"/><stop offset="1" stop-color="${palette[3]}"/></linearGradient>`,
  ];
  const shapes: string[] = [`<rect width="${w}" height="${h}" fill="url(#bg)"/>`];
  const blobCount = rng.int(5, 8);
  for (let i = 0; i < blobCount; i++) {
    const color =
      i % 3 === 0 ? palette[2] : hsl(hue + rng.range(-60, 200), rng.range(55, 90), rng.range(45, 75));
    defs.push(
      `<radialGradient id="b${i}"><stop offset="0" stop-color="${color}" stop-opacity="${f(rng.range(0.55, 0.95))}"/><stop offset="1" stop-color="${color}" stop-opacity="0"/></radialGradient>`,
    );
    const r = Math.min(w, h) * rng.range(0.2, 0.55);
    shapes.push(
      `<circle cx="${f(rng.range(0, w))}" cy="${f(rng.range(0, h))}" r="${f(r)}" fill="url(#b${i})"/>`,
    );
  }
  shapes.push(ornaments(rng, w, h, palette));
  shapes.push(captionPanel(spec, w, h));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><defs>${defs.join("")}</defs>${shapes.join("")}</svg>`;
}

function ornaments(rng: Rng, w: number, h: number, palette: string[]): string {
  const style = rng.pick(["waves", "rings", "shards"] as const);
  const out: string[] = [];
  if (style === "waves") {
    for (let i = 0, n = rng.int(4, 7); i < n; i++) {
      const y = rng.range(0.15, 0.85) * h;
      const d = `M0 ${f(y)} C ${f(w * 0.3)} ${f(y + rng.range(-0.25, 0.25) * h)}, ${f(w * 0.65)} ${f(y + rng.range(-0.25, 0.25) * h)}, ${w} ${f(y + rng.range(-0.15, 0.15) * h)}`;
      out.push(
        `<path d="${d}" fill="none" stroke="#ffffff" stroke-opacity="${f(rng.range(0.1, 0.3))}" stroke-width="${f(rng.range(2, 8))}"/>`,
      );
    }
  } else if (style === "rings") {
    const cx = rng.range(0.2, 0.8) * w;
    const cy = rng.range(0.2, 0.7) * h;
    for (let i = 1, n = rng.int(4, 8); i <= n; i++) {
      out.push(
        `<circle cx="${f(cx)}" cy="${f(cy)}" r="${f((i * Math.min(w, h)) / 14)}" fill="none" stroke="#ffffff" stroke-opacity="${f(0.32 - i * 0.03)}" stroke-width="${f(rng.range(1.5, 5))}"/>`,
      );
    }
  } else {
    for (let i = 0, n = rng.int(5, 9); i < n; i++) {
      const points = [0, 1, 2].map(() => `${f(rng.range(0, w))},${f(rng.range(0, h))}`).join(" ");
      out.push(
        `<polygon points="${points}" fill="${rng.pick(palette)}" fill-opacity="${f(rng.range(0.12, 0.32))}"/>`,
      );
    }
  }
  return out.join("");
}

function captionPanel(spec: ImageSpec, w: number, h: number): string {
  const margin = Math.round(Math.min(w, h) * 0.05);
  const fontSize = Math.round(Math.max(12, Math.min(40, Math.min(w, h) / 24)));
  const lineHeight = Math.round(fontSize * 1.35);
  const maxChars = Math.max(8, Math.floor((w - margin * 4) / (fontSize * 0.56)));
  const lines = wrapText(spec.prompt.trim() || "(image reference)", maxChars, 3);
  const labelSize = Math.round(fontSize * 1.25);
  const labelHeight = spec.label ? Math.round(labelSize * 1.4) : 0;
  const panelHeight = labelHeight + lines.length * lineHeight + margin;
  const top = h - margin - panelHeight;
  const textX = margin * 2;
  let y = top + margin / 2 + (spec.label ? labelSize : fontSize);
  const parts = [
    `<rect x="${margin}" y="${top}" width="${w - margin * 2}" height="${panelHeight}" rx="${Math.round(fontSize * 0.6)}" fill="#000000" fill-opacity="0.38"/>`,
  ];
  if (spec.label) {
    parts.push(
      `<text x="${textX}" y="${y}" font-family="sans-serif" font-weight="bold" font-size="${labelSize}" fill="#ffffff">${escapeXml(truncate(spec.label, maxChars))}</text>`,
    );
    y += labelHeight - labelSize + fontSize;
  }
  for (const line of lines) {
    parts.push(
      `<text x="${textX}" y="${y}" font-family="sans-serif" font-size="${fontSize}" fill="#ffffff" fill-opacity="0.92">${escapeXml(line)}</text>`,
    );
    y += lineHeight;
  }
  parts.push(
    `<text x="${w - margin}" y="${margin + fontSize * 0.6}" text-anchor="end" font-family="sans-serif" font-size="${Math.round(fontSize * 0.6)}" fill="#ffffff" fill-opacity="0.6">kie simulator · v${spec.variant + 1}</text>`,
  );
  return parts.join("");
}

export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const words = text
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => chunk(word, maxChars));
  const lines: string[] = [];
  let current = "";
  let overflow = false;
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (candidate.length <= maxChars) {
      current = candidate;
    } else if (lines.length + 1 === maxLines) {
      overflow = true;
      break;
    } else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(overflow ? truncate(`${current}…`, maxChars) : current);
  return lines;
}

function chunk(word: string, size: number): string[] {
  const parts: string[] = [];
  for (let i = 0; i < word.length; i += size) parts.push(word.slice(i, i + size));
  return parts;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Escapes markup and drops characters XML 1.0 forbids (they would make librsvg reject the SVG). */
export function escapeXml(text: string): string {
  return Array.from(text)
    .filter((ch) => isXmlChar(ch.codePointAt(0) ?? 0))
    .join("")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    code >= 0x10000
  );
}

function hsl(hue: number, saturation: number, lightness: number): string {
  const hNorm = (((hue % 360) + 360) % 360) / 360;
  const s = saturation / 100;
  const l = lightness / 100;
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const channel = (t: number) => {
    const tt = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    const v =
      tt < 1 / 6 ? p + (q - p) * 6 * tt : tt < 1 / 2 ? q : tt < 2 / 3 ? p + (q - p) * (2 / 3 - tt) * 6 : p;
    return Math.round(v * 255)
      .toString(16)
      .padStart(2, "0");
  };
  return `#${channel(hNorm + 1 / 3)}${channel(hNorm)}${channel(hNorm - 1 / 3)}`;
}

function f(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(2);
}
