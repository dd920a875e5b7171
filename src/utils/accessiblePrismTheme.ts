import type {PrismTheme} from 'prism-react-renderer';

// The stock Prism themes have token colours below WCAG AA (4.5:1) against their own background
// (GitHub's red keywords, Dracula's comments), which axe reports as serious. Rather than hand-pick
// colours, nudge each failing colour toward black or white until it passes.

const MIN_CONTRAST = 4.6;

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb | undefined {
  // Some themes (Dracula) write colours as rgb(r, g, b) rather than hex.
  const rgb = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*[\d.]+\s*)?\)$/i.exec(hex.trim());
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return undefined;
  const digits = match[1]!.length === 3 ? [...match[1]!].map((d) => d + d).join('') : match[1]!;
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as Rgb;
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function luminance([r, g, b]: Rgb): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function ensureContrast(color: string, background: Rgb): string {
  let rgb = parseHex(color);
  if (!rgb) return color;
  const target: Rgb = luminance(background) > 0.5 ? [0, 0, 0] : [255, 255, 255];
  for (let step = 0; step < 40 && contrastRatio(rgb, background) < MIN_CONTRAST; step++) {
    rgb = rgb.map((c, i) => c + (target[i]! - c) * 0.08) as Rgb;
  }
  return toHex(rgb);
}

/** Returns a copy of `theme` whose every token colour meets WCAG AA on the theme's background. */
export function accessiblePrismTheme(theme: PrismTheme): PrismTheme {
  const background = parseHex(String(theme.plain.backgroundColor ?? '#ffffff')) ?? [255, 255, 255];
  const fix = (style: Record<string, unknown>) =>
    typeof style.color === 'string' ? {...style, color: ensureContrast(style.color, background)} : style;
  return {
    ...theme,
    plain: fix(theme.plain as Record<string, unknown>) as PrismTheme['plain'],
    styles: theme.styles.map((entry) => ({...entry, style: fix(entry.style as Record<string, unknown>) as typeof entry.style})),
  };
}
